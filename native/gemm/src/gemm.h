// Single-precision matrix products C[i] = op(A[i]) · op(B[i]) for the Universal Sentence Encoder's tfjs
// kernels (MatMul, BatchMatMul, 1×1 Conv2D). Row-major, as tfjs stores tensors.
#pragma once

namespace egp {

struct Product {
  const float* a;  // batch_a × (m × k), or (k × m) when trans_a
  const float* b;  // batch_b × (k × n), or (n × k) when trans_b
  float* c;        // batch × (m × n)
  long batch, batch_a, batch_b;  // batch_a and batch_b are each 1 (broadcast) or batch
  long m, n, k;
  bool trans_a, trans_b;
};

// "avx512", "avx2" (AVX2 + FMA) or "" when the CPU has neither: then gemm() does nothing.
const char* isa();
// Returns false (and writes nothing) when isa() is "".
bool gemm(const Product& p);
// Threads that share one product (the caller's included); 1 runs everything on the caller's thread.
void set_threads(int threads);
int threads();

}  // namespace egp
