// Node-API binding: gemm(a, b, c, batch, batchA, batchB, m, n, k, transA, transB) on Float32Arrays
// (any backing store, the WASM heap's included), isa(), setThreads(n), threads().
#include <node_api.h>

#include <string>

#include "gemm.h"

namespace {

bool throw_error(napi_env env, const std::string& message) {
  napi_throw_type_error(env, nullptr, message.c_str());
  return false;
}

bool get_floats(napi_env env, napi_value value, const char* name, float** data, size_t* length) {
  bool is_typed = false;
  napi_is_typedarray(env, value, &is_typed);
  if (!is_typed) return throw_error(env, std::string(name) + " must be a Float32Array");
  napi_typedarray_type type;
  void* raw = nullptr;
  if (napi_get_typedarray_info(env, value, &type, length, &raw, nullptr, nullptr) != napi_ok ||
      type != napi_float32_array)
    return throw_error(env, std::string(name) + " must be a Float32Array");
  *data = static_cast<float*>(raw);
  return true;
}

bool get_long(napi_env env, napi_value value, const char* name, long* out) {
  int64_t v = 0;
  if (napi_get_value_int64(env, value, &v) != napi_ok || v < 0)
    return throw_error(env, std::string(name) + " must be a non-negative integer");
  *out = static_cast<long>(v);
  return true;
}

napi_value boolean(napi_env env, bool v) {
  napi_value out;
  napi_get_boolean(env, v, &out);
  return out;
}

napi_value Gemm(napi_env env, napi_callback_info info) {
  size_t argc = 11;
  napi_value argv[11];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (argc != 11) return throw_error(env, "gemm takes 11 arguments"), nullptr;
  float *a, *b, *c;
  size_t la, lb, lc;
  long batch, batch_a, batch_b, m, n, k;
  if (!get_floats(env, argv[0], "a", &a, &la) || !get_floats(env, argv[1], "b", &b, &lb) ||
      !get_floats(env, argv[2], "c", &c, &lc) || !get_long(env, argv[3], "batch", &batch) ||
      !get_long(env, argv[4], "batchA", &batch_a) || !get_long(env, argv[5], "batchB", &batch_b) ||
      !get_long(env, argv[6], "m", &m) || !get_long(env, argv[7], "n", &n) || !get_long(env, argv[8], "k", &k))
    return nullptr;
  bool trans_a = false, trans_b = false;
  napi_get_value_bool(env, argv[9], &trans_a);
  napi_get_value_bool(env, argv[10], &trans_b);
  const auto broadcastable = [batch](long x) { return x == 1 || x == batch; };
  if (!broadcastable(batch_a) || !broadcastable(batch_b))
    return throw_error(env, "batchA and batchB must each be 1 or batch"), nullptr;
  // The arrays must hold what the shapes say: the kernel trusts them.
  if (la < static_cast<size_t>(batch_a * m * k) || lb < static_cast<size_t>(batch_b * k * n) ||
      lc < static_cast<size_t>(batch * m * n))
    return throw_error(env, "an array is shorter than its shape"), nullptr;
  return boolean(env, egp::gemm({a, b, c, batch, batch_a, batch_b, m, n, k, trans_a, trans_b}));
}

napi_value Isa(napi_env env, napi_callback_info) {
  napi_value out;
  napi_create_string_utf8(env, egp::isa(), NAPI_AUTO_LENGTH, &out);
  return out;
}

napi_value SetThreads(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  int32_t count = 1;
  if (argc < 1 || napi_get_value_int32(env, argv[0], &count) != napi_ok || count < 1 || count > 64)
    return throw_error(env, "setThreads takes a thread count from 1 to 64"), nullptr;
  egp::set_threads(count);
  return nullptr;
}

napi_value Threads(napi_env env, napi_callback_info) {
  napi_value out;
  napi_create_int32(env, egp::threads(), &out);
  return out;
}

napi_value Init(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {
      {"gemm", nullptr, Gemm, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"isa", nullptr, Isa, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"setThreads", nullptr, SetThreads, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"threads", nullptr, Threads, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  return exports;
}

}  // namespace

NAPI_MODULE_INIT() { return Init(env, exports); }
