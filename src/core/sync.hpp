#pragma once
// What a case carries so that two devices can exchange it without a server and merge without
// ever silently dropping either side's work (see core/merge.hpp).
//
// Each device counts its own changes. A case keeps, per device, how many of that device's
// changes it has seen (a version vector, `clock`), and for each mergeable unit (a field, a
// meeting, an agreement, a note) which change last set it (`stamps`). Comparing one side's
// stamp with the other side's clock tells whether the other side has already seen that change:
// that decides "changed on one side" versus "changed on both" without a shared server.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace rots {

// One change: the device that made it and that device's change counter at the time.
struct Dot {
  std::string device;
  std::uint64_t counter = 0;
  bool operator==(const Dot&) const = default;
};

using VersionVector = std::map<std::string, std::uint64_t>;

bool has_seen(const VersionVector& clock, const Dot& dot);
// a ≤ b: every change a has seen, b has seen too.
bool dominated_by(const VersionVector& a, const VersionVector& b);
VersionVector merged(const VersionVector& a, const VersionVector& b);

struct SyncInfo {
  std::uint64_t revision = 0;  // number of changes this case has seen, on any device
  std::string device_id;       // the device of the latest change
  VersionVector clock;
  std::map<std::string, Dot> stamps;  // unit key → the change that last set it
  std::vector<std::string> removed;   // meetings/agreements/notes deleted here (ids): an import keeps them deleted
  bool operator==(const SyncInfo&) const = default;
};

}  // namespace rots
