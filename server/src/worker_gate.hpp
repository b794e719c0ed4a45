// At most `workers` requests computed at once, the rest waiting in turn, and
// a bounded wait: a request that finds the queue full, or waits too long, is
// refused (the server answers 503) instead of piling up without limit.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

namespace careerpath::server {

class WorkerGate {
 public:
  enum class Entry { kAdmitted, kQueueFull, kTimedOut };

  WorkerGate(std::size_t workers, std::size_t queue) : workers_(workers), queue_(queue) {}

  // Waits for a worker in arrival order (a ticket queue, so that no request
  // is passed over by later ones); on kAdmitted the caller must leave().
  Entry enter(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    const std::uint64_t waiting = next_ticket_ - serving_;
    if (waiting == 0 && busy_ < workers_) {
      ++next_ticket_;
      ++serving_;
      ++busy_;
      return Entry::kAdmitted;
    }
    if (waiting >= queue_) return Entry::kQueueFull;
    const std::uint64_t ticket = next_ticket_++;
    // Ticket t may run once fewer than `workers` are busy and every earlier
    // ticket has started (or given up).
    const bool ready = changed_.wait_for(lock, timeout, [&] { return ticket == serving_ && busy_ < workers_; });
    if (!ready) {
      abandoned_.push_back(ticket);
      skip_abandoned();
      changed_.notify_all();
      return Entry::kTimedOut;
    }
    ++serving_;
    ++busy_;
    skip_abandoned();
    changed_.notify_all();
    return Entry::kAdmitted;
  }

  struct Load {
    std::size_t busy = 0;
    std::size_t waiting = 0;
  };
  // Requests computing and waiting now (waiting ones that gave up not counted).
  [[nodiscard]] Load load() {
    std::lock_guard lock(mutex_);
    return {busy_, static_cast<std::size_t>(next_ticket_ - serving_) - abandoned_.size()};
  }

  void leave() {
    {
      std::lock_guard lock(mutex_);
      --busy_;
    }
    changed_.notify_all();
  }

  // RAII for an admitted request.
  class Pass {
   public:
    explicit Pass(WorkerGate* gate) : gate_(gate) {}
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;
    ~Pass() {
      if (gate_ != nullptr) gate_->leave();
    }

   private:
    WorkerGate* gate_;
  };

 private:
  // Tickets whose holders gave up are passed over, so they never block the queue.
  void skip_abandoned() {
    for (bool found = true; found;) {
      found = false;
      for (std::size_t i = 0; i < abandoned_.size(); ++i) {
        if (abandoned_[i] == serving_) {
          ++serving_;
          abandoned_[i] = abandoned_.back();
          abandoned_.pop_back();
          found = true;
          break;
        }
      }
    }
  }

  const std::size_t workers_;
  const std::size_t queue_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::uint64_t next_ticket_ = 0;  // the ticket the next arrival takes
  std::uint64_t serving_ = 0;      // the ticket whose turn it is
  std::size_t busy_ = 0;
  std::vector<std::uint64_t> abandoned_{};
};

}  // namespace careerpath::server
