#include "careerpath/util/atomic_file.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace careerpath {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTemporaryMarker = ".careerpath-tmp-";

std::string system_error_text() { return std::strerror(errno); }

// Opening fails for the caller's reasons (a folder that does not exist, no
// permission); writing, flushing and renaming fail for the system's (a full
// disk, an I/O error).
ErrorKind open_error_kind() { return errno == ENOENT || errno == ENOTDIR ? ErrorKind::kNotFound : ErrorKind::kBadInput; }

// The temporaries of this process, for a signal handler to unlink. Fixed
// storage and lock-free atomics, because a handler may neither allocate nor
// lock. A slot goes free (0) -> being filled (1) -> listed (2) -> free.
// When every slot is taken a temporary is simply not listed: it is still
// removed on every normal way out, only not on a signal.
struct TemporarySlot {
  std::atomic<int> state{0};
  char path[4096] = {};
};
constexpr std::size_t kTemporarySlots = 64;
TemporarySlot temporary_slots[kTemporarySlots];

int register_temporary(const std::string& path) {
  if (path.size() >= sizeof(TemporarySlot::path)) return -1;
  for (std::size_t i = 0; i < kTemporarySlots; ++i) {
    int expected = 0;
    if (!temporary_slots[i].state.compare_exchange_strong(expected, 1)) continue;
    std::memcpy(temporary_slots[i].path, path.c_str(), path.size() + 1);
    temporary_slots[i].state.store(2);
    return static_cast<int>(i);
  }
  return -1;
}

void unregister_temporary(int slot) {
  if (slot >= 0) temporary_slots[static_cast<std::size_t>(slot)].state.store(0);
}

// Temporaries of `destination` left by a process that no longer exists
// (killed with SIGKILL, or a crash): ".NAME.careerpath-tmp-PID-XXXXXX".
void remove_stale_temporaries(const fs::path& dir, const std::string& name) {
  const std::string prefix = "." + name + std::string(kTemporaryMarker);
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string entry = it->path().filename().string();
    if (entry.rfind(prefix, 0) != 0) continue;
    const std::string rest = entry.substr(prefix.size());
    const std::size_t dash = rest.find('-');
    if (dash == std::string::npos || dash == 0 || dash > 9) continue;
    if (rest.find_first_not_of("0123456789") != dash) continue;
    const pid_t pid = static_cast<pid_t>(std::stol(rest.substr(0, dash)));
    if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) ::unlink(it->path().c_str());
  }
}

// mkstemp in the destination's directory, so that rename() stays on one
// file system and is atomic.
Result<std::pair<std::string, std::FILE*>> make_temporary_beside(const std::string& path) {
  const fs::path destination(path);
  const fs::path dir = destination.has_parent_path() ? destination.parent_path() : fs::path(".");
  const std::string name = destination.filename().string();
  remove_stale_temporaries(dir, name);
  std::string pattern =
      (dir / ("." + name + std::string(kTemporaryMarker) + std::to_string(::getpid()) + "-XXXXXX")).string();
  const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
  if (fd < 0) return Error{.kind = open_error_kind(), .file = path, .message = "cannot create output file: " + system_error_text()};
  ::fchmod(fd, 0644);
  std::FILE* file = ::fdopen(fd, "wb");
  if (file == nullptr) {
    ::close(fd);
    ::unlink(pattern.c_str());
    return Error{.kind = ErrorKind::kInternal, .file = path, .message = "cannot open output file: " + system_error_text()};
  }
  return std::pair{pattern, file};
}

// Holds SIGINT, SIGTERM and SIGHUP back for its lifetime (they are delivered
// when it ends), so that a group of renames is never cut in two.
class HoldSignals {
 public:
  HoldSignals() {
    sigset_t held;
    sigemptyset(&held);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&held, s);
    pthread_sigmask(SIG_BLOCK, &held, &previous_);
  }
  ~HoldSignals() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  HoldSignals(const HoldSignals&) = delete;
  HoldSignals& operator=(const HoldSignals&) = delete;

 private:
  sigset_t previous_{};
};

}  // namespace

bool names_same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec)) return true;
  const fs::path ca = fs::weakly_canonical(a, ec);
  if (ec) return false;
  const fs::path cb = fs::weakly_canonical(b, ec);
  return !ec && ca == cb;
}

void remove_registered_temporaries() noexcept {
  // Newest first: slots fill from the lowest free one, so a folder's files,
  // listed after it, sit above it unless an older slot freed up between.
  // Folders are tried again after their files are gone.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = kTemporarySlots; i-- > 0;) {
      TemporarySlot& slot = temporary_slots[i];
      if (slot.state.load() != 2) continue;
      if (::unlink(slot.path) != 0 && (errno == EISDIR || errno == EPERM)) ::rmdir(slot.path);
    }
  }
}

RegisteredTemporary::RegisteredTemporary(const std::string& path) : slot_(register_temporary(path)) {}

RegisteredTemporary::~RegisteredTemporary() { unregister_temporary(slot_); }

Status write_file_atomically(const std::string& path, std::string_view content) {
  auto opened = AtomicOutputFile::open(path);
  if (!opened) return opened.error();
  std::unique_ptr<AtomicOutputFile> out = std::move(opened).value();
  if (std::fwrite(content.data(), 1, content.size(), out->stream()) != content.size()) {
    return Error{.kind = ErrorKind::kInternal, .file = path, .message = "cannot write output file: " + system_error_text()};
  }
  return out->commit();
}

Result<std::unique_ptr<AtomicOutputFile>> AtomicOutputFile::open(const std::string& path) {
  auto temp = make_temporary_beside(path);
  if (!temp) return temp.error();
  return std::unique_ptr<AtomicOutputFile>(new AtomicOutputFile(path, temp->first, temp->second));
}

AtomicOutputFile::AtomicOutputFile(std::string path, std::string temp_path, std::FILE* file)
    : path_(std::move(path)), temp_path_(std::move(temp_path)), file_(file), registry_slot_(register_temporary(temp_path_)) {}

AtomicOutputFile::~AtomicOutputFile() { abandon(); }

Status AtomicOutputFile::finish_writing() {
  if (done_) return Error{.kind = ErrorKind::kInternal, .file = path_, .message = "output already closed"};
  if (file_ == nullptr) return {};
  const bool flushed = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
  const int saved = errno;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) {
    if (!flushed) errno = saved;
    const std::string why = system_error_text();
    abandon();
    return Error{.kind = ErrorKind::kInternal, .file = path_, .message = "cannot write output file: " + why};
  }
  return {};
}

Status AtomicOutputFile::rename_into_place() {
  if (done_ || file_ != nullptr) return Error{.kind = ErrorKind::kInternal, .file = path_, .message = "output not ready to be renamed"};
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const std::string why = system_error_text();
    abandon();
    return Error{.kind = ErrorKind::kInternal, .file = path_, .message = "cannot replace output file: " + why};
  }
  done_ = true;
  unregister_temporary(registry_slot_);
  return {};
}

Status AtomicOutputFile::commit() {
  if (Status written = finish_writing(); !written) return written;
  const HoldSignals hold;
  return rename_into_place();
}

void AtomicOutputFile::abandon() noexcept {
  if (done_) return;
  if (file_ != nullptr) std::fclose(file_);
  file_ = nullptr;
  ::unlink(temp_path_.c_str());
  unregister_temporary(registry_slot_);
  done_ = true;
}

OutputSet::~OutputSet() {
  if (committed_) return;
  files_.clear();  // each removes its temporary
  std::error_code ec;
  for (auto it = created_folders_.rbegin(); it != created_folders_.rend(); ++it) {
    if (fs::is_empty(*it, ec)) fs::remove(*it, ec);
  }
}

void OutputSet::protect_input(const std::string& path) {
  if (!path.empty() && path != "-") inputs_.push_back(path);
}

Status OutputSet::make_folder(const std::string& path) {
  std::error_code ec;
  // Remember each level this call creates, outermost first.
  std::vector<fs::path> missing;
  for (fs::path p = fs::path(path).lexically_normal(); !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  fs::create_directories(path, ec);
  if (ec || !fs::is_directory(path, ec)) {
    return Error{.kind = open_error_kind(), .file = path, .message = "cannot create the folder" + (ec ? ": " + ec.message() : std::string(": not a folder"))};
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) created_folders_.push_back(it->string());
  return {};
}

Status OutputSet::check_destination(const std::string& path) const {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Error{.file = path, .message = "is a folder; expected an output file name"};
  for (const std::string& input : inputs_) {
    if (names_same_file(path, input)) {
      return Error{.file = path, .message = "is also an input of this command (" + input +
                                            "); write the output to another file"};
    }
  }
  for (const auto& file : files_) {
    if (names_same_file(path, file->path())) {
      return Error{.file = path, .message = "is named twice as an output (also as " + file->path() + ")"};
    }
  }
  return {};
}

Status OutputSet::add(const std::string& path, std::string_view content) {
  if (committed_) return Error{.kind = ErrorKind::kInternal, .file = path, .message = "outputs already committed"};
  if (Status ok = check_destination(path); !ok) return ok;
  auto opened = AtomicOutputFile::open(path);
  if (!opened) return opened.error();
  std::unique_ptr<AtomicOutputFile> out = std::move(opened).value();
  if (std::fwrite(content.data(), 1, content.size(), out->stream()) != content.size()) {
    return Error{.kind = ErrorKind::kInternal, .file = path, .message = "cannot write output file: " + system_error_text()};
  }
  if (Status written = out->finish_writing(); !written) return written;
  files_.push_back(std::move(out));
  return {};
}

Status OutputSet::commit() {
  if (committed_) return Error{.kind = ErrorKind::kInternal, .message = "outputs already committed"};
  const HoldSignals hold;
  for (const auto& file : files_) {
    if (Status renamed = file->rename_into_place(); !renamed) return renamed;
  }
  committed_ = true;
  return {};
}

}  // namespace careerpath
