// Micro-kernels for the blocked SGEMM in gemm.cc. The AVX2 and AVX-512 kernels are compiled with
// per-function target attributes and picked at run time, so the library loads on any x86-64 CPU.
#include "kernels.h"

#include <immintrin.h>

#include <cstdlib>
#include <cstring>

namespace egp::detail {
namespace {

// Micro-kernels: C[mr × nr] (+)= Apanel[kc × MR]ᵀ · Bpanel[kc × NR]; full tiles go straight to C,
// edge tiles through a small buffer.

template <int MR, int NR>
inline void store_tile(const float* tile, float* c, long ldc, bool accumulate, long mr, long nr) {
  for (long r = 0; r < mr; r++)
    for (long j = 0; j < nr; j++) c[r * ldc + j] = accumulate ? c[r * ldc + j] + tile[r * NR + j] : tile[r * NR + j];
}

constexpr int AVX2_MR = 6, AVX2_NR = 16;

__attribute__((target("avx2,fma"))) void kernel_avx2(long kc, const float* a, const float* b, float* c, long ldc,
                                                     bool accumulate, long mr, long nr) {
  __m256 acc[AVX2_MR][2];
#pragma GCC unroll 6
  for (int r = 0; r < AVX2_MR; r++) acc[r][0] = acc[r][1] = _mm256_setzero_ps();
  for (long p = 0; p < kc; p++, a += AVX2_MR, b += AVX2_NR) {
    const __m256 b0 = _mm256_load_ps(b), b1 = _mm256_load_ps(b + 8);
#pragma GCC unroll 6
    for (int r = 0; r < AVX2_MR; r++) {
      const __m256 x = _mm256_broadcast_ss(a + r);
      acc[r][0] = _mm256_fmadd_ps(x, b0, acc[r][0]);
      acc[r][1] = _mm256_fmadd_ps(x, b1, acc[r][1]);
    }
  }
  if (mr == AVX2_MR && nr == AVX2_NR) {
#pragma GCC unroll 6
    for (int r = 0; r < AVX2_MR; r++) {
      float* row = c + r * ldc;
      if (accumulate) {
        acc[r][0] = _mm256_add_ps(acc[r][0], _mm256_loadu_ps(row));
        acc[r][1] = _mm256_add_ps(acc[r][1], _mm256_loadu_ps(row + 8));
      }
      _mm256_storeu_ps(row, acc[r][0]);
      _mm256_storeu_ps(row + 8, acc[r][1]);
    }
    return;
  }
  alignas(64) float tile[AVX2_MR * AVX2_NR];
  for (int r = 0; r < AVX2_MR; r++) {
    _mm256_store_ps(tile + r * AVX2_NR, acc[r][0]);
    _mm256_store_ps(tile + r * AVX2_NR + 8, acc[r][1]);
  }
  store_tile<AVX2_MR, AVX2_NR>(tile, c, ldc, accumulate, mr, nr);
}

constexpr int AVX512_MR = 12, AVX512_NR = 32;

__attribute__((target("avx512f"))) void kernel_avx512(long kc, const float* a, const float* b, float* c, long ldc,
                                                      bool accumulate, long mr, long nr) {
  __m512 acc[AVX512_MR][2];
#pragma GCC unroll 12
  for (int r = 0; r < AVX512_MR; r++) acc[r][0] = acc[r][1] = _mm512_setzero_ps();
  for (long p = 0; p < kc; p++, a += AVX512_MR, b += AVX512_NR) {
    const __m512 b0 = _mm512_load_ps(b), b1 = _mm512_load_ps(b + 16);
#pragma GCC unroll 12
    for (int r = 0; r < AVX512_MR; r++) {
      const __m512 x = _mm512_set1_ps(a[r]);
      acc[r][0] = _mm512_fmadd_ps(x, b0, acc[r][0]);
      acc[r][1] = _mm512_fmadd_ps(x, b1, acc[r][1]);
    }
  }
  if (mr == AVX512_MR && nr == AVX512_NR) {
#pragma GCC unroll 12
    for (int r = 0; r < AVX512_MR; r++) {
      float* row = c + r * ldc;
      if (accumulate) {
        acc[r][0] = _mm512_add_ps(acc[r][0], _mm512_loadu_ps(row));
        acc[r][1] = _mm512_add_ps(acc[r][1], _mm512_loadu_ps(row + 16));
      }
      _mm512_storeu_ps(row, acc[r][0]);
      _mm512_storeu_ps(row + 16, acc[r][1]);
    }
    return;
  }
  alignas(64) float tile[AVX512_MR * AVX512_NR];
  for (int r = 0; r < AVX512_MR; r++) {
    _mm512_store_ps(tile + r * AVX512_NR, acc[r][0]);
    _mm512_store_ps(tile + r * AVX512_NR + 16, acc[r][1]);
  }
  store_tile<AVX512_MR, AVX512_NR>(tile, c, ldc, accumulate, mr, nr);
}

}  // namespace

static Isa detect() {
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) return {"avx512", kernel_avx512, AVX512_MR, AVX512_NR};
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
    return {"avx2", kernel_avx2, AVX2_MR, AVX2_NR};
  return {"", nullptr, 1, 1};
}

const Isa& current_isa() {
  static const Isa isa = [] {
    // EGP_GEMM_ISA=avx2 forces the AVX2 kernel (to compare them); anything else keeps the detected one.
    Isa found = detect();
    const char* forced = std::getenv("EGP_GEMM_ISA");
    if (forced && std::strcmp(forced, "avx2") == 0 && found.kernel && std::strcmp(found.name, "avx512") == 0)
      found = {"avx2", kernel_avx2, AVX2_MR, AVX2_NR};
    return found;
  }();
  return isa;
}

}  // namespace egp::detail
