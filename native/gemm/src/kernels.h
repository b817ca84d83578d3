// The register-tiled micro-kernels and the instruction set picked at run time (kernels.cc).
#pragma once

namespace egp::detail {

using Kernel = void (*)(long, const float*, const float*, float*, long, bool, long, long);

struct Isa {
  const char* name;
  Kernel kernel;
  long mr, nr;
};

// AVX-512 when the CPU has it, else AVX2+FMA, else none (kernel == nullptr); EGP_GEMM_ISA=avx2 forces
// the AVX2 kernel on an AVX-512 CPU (to compare them).
const Isa& current_isa();

}  // namespace egp::detail
