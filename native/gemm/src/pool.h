// The thread pool that shares one product's tiles (gemm.cc).
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace egp::detail {

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

}  // namespace egp::detail
