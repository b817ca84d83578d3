// Blocked SGEMM in the usual (Goto) shape: B packed into panels NR columns wide, A into panels MR rows
// high, a register-tiled micro-kernel with fused multiply-adds. The AVX2 and AVX-512 kernels are compiled
// with per-function target attributes and picked at run time, so the library loads on any x86-64 CPU
// (and reports isa() == "" where neither is present).
#include "gemm.h"

#include <immintrin.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace egp {
namespace {

constexpr long KC = 256;        // depth of one packed block (B panel KC × NR stays in L1)
constexpr long MC_PANELS = 16;  // rows of A per task: MC = MR × 16
constexpr long NC_PANELS = 32;  // columns of B per task: NC = NR × 32

// Element (i, j) of a row-major matrix, transposed or not.
struct View {
  const float* p;
  long rs, cs;
  float at(long i, long j) const { return p[i * rs + j * cs]; }
};

// ---------------------------------------------------------------------------------------------------
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

using Kernel = void (*)(long, const float*, const float*, float*, long, bool, long, long);

struct Isa {
  const char* name;
  Kernel kernel;
  long mr, nr;
};

Isa detect() {
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

// ---------------------------------------------------------------------------------------------------
// Packing

struct Buffer {
  float* data = nullptr;
  size_t size = 0;
  float* get(size_t floats) {
    if (floats > size) {
      std::free(data);
      size = (floats + 1023) / 1024 * 1024;
      data = static_cast<float*>(std::aligned_alloc(64, size * sizeof(float)));
      if (!data) throw std::bad_alloc();
    }
    return data;
  }
  ~Buffer() { std::free(data); }
};

// A[i0 .. i0+mc) × [p0 .. p0+kc) into MR-row panels: dst[(panel × kc + p) × MR + r], zero past the edge.
void pack_a(const View& a, long i0, long mc, long p0, long kc, long mr, float* dst) {
  for (long ip = 0; ip < mc; ip += mr, dst += kc * mr) {
    const long rows = std::min(mr, mc - ip);
    for (long r = 0; r < mr; r++) {
      if (r >= rows) {
        for (long p = 0; p < kc; p++) dst[p * mr + r] = 0.0f;
        continue;
      }
      const float* src = a.p + (i0 + ip + r) * a.rs + p0 * a.cs;
      for (long p = 0; p < kc; p++) dst[p * mr + r] = src[p * a.cs];
    }
  }
}

// One NR-column panel of B, rows [p0 .. p0+kc): dst[p × NR + j], zero past the edge.
void pack_b_panel(const View& b, long p0, long kc, long j0, long n, long nr, float* dst) {
  const long cols = std::min(nr, n - j0);
  for (long p = 0; p < kc; p++, dst += nr) {
    const float* src = b.p + (p0 + p) * b.rs + j0 * b.cs;
    if (b.cs == 1) {
      std::memcpy(dst, src, cols * sizeof(float));
    } else {
      for (long j = 0; j < cols; j++) dst[j] = src[j * b.cs];
    }
    for (long j = cols; j < nr; j++) dst[j] = 0.0f;
  }
}

// Packed B: for each KC block starting at row pc, the panels side by side: panel jp at pc × npad + jp × kc × NR.
inline float* b_block(float* packed, long pc, long kc, long jp, long npad, long nr) {
  return packed + pc * npad + jp * kc * nr;
}

// C[i0 .. i0+mc) × [j0 .. j0+nc) from packed B, packing A into `apack`.
void tile(const Isa& isa, const View& a, const float* packed_b, long npad, float* c, long n, long k, long i0, long mc,
          long j0, long nc, float* apack) {
  for (long pc = 0; pc < k; pc += KC) {
    const long kc = std::min(KC, k - pc);
    pack_a(a, i0, mc, pc, kc, isa.mr, apack);
    for (long jp = j0; jp < j0 + nc; jp += isa.nr) {
      const float* bp = b_block(const_cast<float*>(packed_b), pc, kc, jp / isa.nr, npad, isa.nr);
      for (long ip = 0; ip < mc; ip += isa.mr)
        isa.kernel(kc, apack + ip * kc, bp, c + (i0 + ip) * n + jp, n, pc > 0, std::min(isa.mr, mc - ip),
                   std::min(isa.nr, j0 + nc - jp));
    }
  }
}

thread_local Buffer tls_a, tls_b;

// ---------------------------------------------------------------------------------------------------
// Thread pool: the caller works too; a worker that wakes after the tasks are all taken does not join, so
// a descheduled worker never holds the caller back (the caller only waits for tasks already started).

class Pool {
 public:
  explicit Pool(int workers) {
    for (int i = 0; i < workers; i++) threads_.emplace_back([this] { loop(); });
  }
  ~Pool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
  }
  int size() const { return static_cast<int>(threads_.size()) + 1; }

  void run(long count, const std::function<void(long)>& task) {
    if (threads_.empty() || count <= 1) {
      for (long i = 0; i < count; i++) task(i);
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      task_ = &task;
      count_ = count;
      next_.store(0);
      open_ = true;
      generation_++;
    }
    wake_.notify_all();
    work(task, count);
    std::unique_lock<std::mutex> lock(mu_);
    open_ = false;
    done_.wait(lock, [this] { return active_ == 0; });
    task_ = nullptr;
  }

 private:
  void work(const std::function<void(long)>& task, long count) {
    for (long i; (i = next_.fetch_add(1)) < count;) task(i);
  }
  void loop() {
    long seen = 0;
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      wake_.wait(lock, [&] { return stop_ || (open_ && generation_ != seen); });
      if (stop_) return;
      seen = generation_;
      active_++;
      const auto* task = task_;
      const long count = count_;
      lock.unlock();
      work(*task, count);
      lock.lock();
      if (--active_ == 0) done_.notify_all();
    }
  }

  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::condition_variable wake_, done_;
  const std::function<void(long)>* task_ = nullptr;
  long count_ = 0, generation_ = 0;
  int active_ = 0;
  bool open_ = false, stop_ = false;
  std::atomic<long> next_{0};
};

// Per calling thread: each JavaScript thread (main or worker_threads) has its own pool and buffers.
thread_local std::unique_ptr<Pool> pool;

Pool& get_pool() {
  if (!pool) pool = std::make_unique<Pool>(std::max(1u, std::min(2u, std::thread::hardware_concurrency())) - 1);
  return *pool;
}

// Below this many multiply-adds a product is not worth waking a thread for.
constexpr double PARALLEL_MACS = 1 << 18;

View view_a(const Product& p, long i) {
  const float* base = p.a + (p.batch_a == 1 ? 0 : i) * p.m * p.k;
  return p.trans_a ? View{base, 1, p.m} : View{base, p.k, 1};
}
View view_b(const Product& p, long i) {
  const float* base = p.b + (p.batch_b == 1 ? 0 : i) * p.k * p.n;
  return p.trans_b ? View{base, 1, p.k} : View{base, p.n, 1};
}

// One product on the calling thread.
void serial(const Isa& isa, const View& a, const View& b, float* c, long m, long n, long k) {
  const long panels = (n + isa.nr - 1) / isa.nr, npad = panels * isa.nr;
  float* packed = tls_b.get(static_cast<size_t>(npad) * k);
  for (long pc = 0; pc < k; pc += KC) {
    const long kc = std::min(KC, k - pc);
    for (long jp = 0; jp < panels; jp++)
      pack_b_panel(b, pc, kc, jp * isa.nr, n, isa.nr, b_block(packed, pc, kc, jp, npad, isa.nr));
  }
  const long mc = MC_PANELS * isa.mr;
  float* apack = tls_a.get(static_cast<size_t>(mc) * KC);
  for (long i0 = 0; i0 < m; i0 += mc) tile(isa, a, packed, npad, c, n, k, i0, std::min(mc, m - i0), 0, n, apack);
}

// One large product shared by the pool: B packed panel by panel, then tiles of MC × NC.
void parallel(Pool& workers, const Isa& isa, const View& a, const View& b, float* c, long m, long n, long k) {
  const long panels = (n + isa.nr - 1) / isa.nr, npad = panels * isa.nr;
  static thread_local Buffer shared_b;  // the calling thread's; the workers only read it
  float* packed = shared_b.get(static_cast<size_t>(npad) * k);
  workers.run(panels, [&](long jp) {
    for (long pc = 0; pc < k; pc += KC) {
      const long kc = std::min(KC, k - pc);
      pack_b_panel(b, pc, kc, jp * isa.nr, n, isa.nr, b_block(packed, pc, kc, jp, npad, isa.nr));
    }
  });
  const long mc = MC_PANELS * isa.mr, nc = NC_PANELS * isa.nr;
  const long row_tiles = (m + mc - 1) / mc, col_tiles = (n + nc - 1) / nc;
  workers.run(row_tiles * col_tiles, [&](long t) {
    const long i0 = (t / col_tiles) * mc, j0 = (t % col_tiles) * nc;
    float* apack = tls_a.get(static_cast<size_t>(mc) * KC);
    tile(isa, a, packed, npad, c, n, k, i0, std::min(mc, m - i0), j0, std::min(nc, n - j0), apack);
  });
}

}  // namespace

const char* isa() { return current_isa().name; }

void set_threads(int count) {
  pool.reset();
  pool = std::make_unique<Pool>(std::max(1, count) - 1);
}

int threads() { return get_pool().size(); }

bool gemm(const Product& in) {
  const Isa& isa = current_isa();
  if (!isa.kernel) return false;
  Product p = in;
  if (p.m == 0 || p.n == 0 || p.batch == 0) return true;
  if (p.k == 0) {
    std::memset(p.c, 0, sizeof(float) * p.batch * p.m * p.n);
    return true;
  }
  // A stack of A's times one B is one tall product.
  if (p.batch > 1 && p.batch_b == 1 && !p.trans_a) {
    p.m *= p.batch;
    p.batch = p.batch_a = 1;
  }
  Pool& workers = get_pool();
  const double macs = static_cast<double>(p.m) * p.n * p.k;
  if (p.batch == 1) {
    if (workers.size() > 1 && macs >= PARALLEL_MACS)
      parallel(workers, isa, view_a(p, 0), view_b(p, 0), p.c, p.m, p.n, p.k);
    else
      serial(isa, view_a(p, 0), view_b(p, 0), p.c, p.m, p.n, p.k);
    return true;
  }
  const long per = p.m * p.n;
  auto one = [&](long i) { serial(isa, view_a(p, i), view_b(p, i), p.c + i * per, p.m, p.n, p.k); };
  if (workers.size() > 1 && macs * p.batch >= PARALLEL_MACS) {
    workers.run(p.batch, one);
  } else {
    for (long i = 0; i < p.batch; i++) one(i);
  }
  return true;
}

}  // namespace egp
