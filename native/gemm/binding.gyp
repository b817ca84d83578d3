{
  "targets": [
    {
      "target_name": "egp_gemm",
      "sources": ["src/gemm.cc", "src/kernels.cc", "src/addon.cc"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": ["-O3", "-std=c++17", "-fno-math-errno", "-pthread"],
      "ldflags": ["-pthread"]
    }
  ]
}
