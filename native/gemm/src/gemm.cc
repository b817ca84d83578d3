// Blocked SGEMM in the usual (Goto) shape: B packed into panels NR columns wide, A into panels MR rows
// high, a register-tiled micro-kernel with fused multiply-adds. The AVX2 and AVX-512 kernels are compiled
// with per-function target attributes and picked at run time, so the library loads on any x86-64 CPU
// (and reports isa() == "" where neither is present).
#include "gemm.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <thread>

#include "kernels.h"
#include "pool.h"

namespace egp {
namespace {

using detail::current_isa;
using detail::Isa;
using detail::Pool;

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
