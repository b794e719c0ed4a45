// The server's worker gate (server/src/worker_gate.hpp): at most `workers`
// requests at once, the rest served in arrival order, a full queue and a
// long wait refused rather than piled up.
#include "worker_gate.hpp"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace careerpath::server {
namespace {

using namespace std::chrono_literals;

TEST(WorkerGate, AdmitsUpToTheWorkersAtOnce) {
  WorkerGate gate(2, 0);
  EXPECT_EQ(gate.enter(0ms), WorkerGate::Entry::kAdmitted);
  EXPECT_EQ(gate.enter(0ms), WorkerGate::Entry::kAdmitted);
  EXPECT_EQ(gate.enter(0ms), WorkerGate::Entry::kQueueFull);  // no queue: refused at once
  gate.leave();
  EXPECT_EQ(gate.enter(0ms), WorkerGate::Entry::kAdmitted);
  gate.leave();
  gate.leave();
}

TEST(WorkerGate, AWaitTooLongIsRefusedAndDoesNotBlockLaterArrivals) {
  WorkerGate gate(1, 4);
  ASSERT_EQ(gate.enter(0ms), WorkerGate::Entry::kAdmitted);
  EXPECT_EQ(gate.enter(20ms), WorkerGate::Entry::kTimedOut);
  gate.leave();
  // The abandoned ticket is passed over: the next arrival runs at once.
  EXPECT_EQ(gate.enter(1000ms), WorkerGate::Entry::kAdmitted);
  gate.leave();
}

TEST(WorkerGate, WaitersRunInArrivalOrderAndNeverMoreThanTheWorkers) {
  WorkerGate gate(1, 16);
  ASSERT_EQ(gate.enter(0ms), WorkerGate::Entry::kAdmitted);
  std::mutex order_mutex;
  std::vector<int> order;
  std::atomic<int> running{0};
  std::atomic<int> most{0};
  std::vector<std::thread> waiters;
  for (int i = 0; i < 6; ++i) {
    waiters.emplace_back([&, i] {
      ASSERT_EQ(gate.enter(10s), WorkerGate::Entry::kAdmitted);
      const int now = ++running;
      most = std::max(most.load(), now);
      {
        std::lock_guard lock(order_mutex);
        order.push_back(i);
      }
      --running;
      gate.leave();
    });
    std::this_thread::sleep_for(20ms);  // arrive one after another
  }
  gate.leave();
  for (std::thread& t : waiters) t.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(most.load(), 1);
}

TEST(WorkerGate, AFullQueueIsRefused) {
  WorkerGate gate(1, 1);
  ASSERT_EQ(gate.enter(0ms), WorkerGate::Entry::kAdmitted);
  std::thread waiter([&] {
    EXPECT_EQ(gate.enter(10s), WorkerGate::Entry::kAdmitted);
    gate.leave();
  });
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(gate.enter(10s), WorkerGate::Entry::kQueueFull);
  gate.leave();
  waiter.join();
}

}  // namespace
}  // namespace careerpath::server
