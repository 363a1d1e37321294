// The C++ side of bench/collections: the same work as collections.mojo with
// std::unordered_map, absl::flat_hash_map, std::vector and std::string.
#include <absl/container/flat_hash_map.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

static int64_t now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

static int64_t key(int64_t I) { return (I * 2654435761LL) & 0xFFFFFFFFFFLL; }

template <typename Map> static void benchMap(const char *Name) {
  const int64_t N = 1000000;
  Map D;
  int64_t T0 = now();
  for (int64_t I = 0; I < N; ++I)
    D[key(I)] = I;
  int64_t T1 = now();
  int64_t Sum = 0;
  for (int64_t I = 0; I < N; ++I)
    Sum += D.at(key(I));
  for (int64_t I = 0; I < N; ++I)
    if (D.find(key(I) + 1) != D.end())
      Sum += 1;
  int64_t T2 = now();
  printf("%s_insert %lld %zu\n", Name, (long long)(T1 - T0), D.size());
  printf("%s_lookup %lld %lld\n", Name, (long long)(T2 - T1), (long long)Sum);
}

int main() {
  benchMap<std::unordered_map<int64_t, int64_t>>("unordered_map");
  benchMap<absl::flat_hash_map<int64_t, int64_t>>("flat_hash_map");

  const int64_t N = 10000000;
  int64_t T0 = now();
  std::vector<int64_t> L;
  for (int64_t I = 0; I < N; ++I)
    L.push_back(I);
  int64_t T1 = now();
  int64_t Sum = 0;
  for (int64_t X : L)
    Sum += X;
  int64_t T2 = now();
  printf("vector_append %lld %zu\n", (long long)(T1 - T0), L.size());
  printf("vector_iterate %lld %lld\n", (long long)(T2 - T1), (long long)Sum);

  std::string Text;
  for (int64_t I = 0; I < 10 * 1024 * 1024 / 8; ++I) {
    Text += "lorem ";
    Text += std::to_string(I % 10);
    Text += " ";
  }
  T0 = now();
  std::vector<std::string> Parts;
  size_t Begin = 0;
  for (size_t At; (At = Text.find(' ', Begin)) != std::string::npos;
       Begin = At + 1)
    Parts.emplace_back(Text, Begin, At - Begin);
  Parts.emplace_back(Text, Begin, std::string::npos);
  T1 = now();
  size_t Total = Parts.empty() ? 0 : Parts.size() - 1;
  for (const std::string &P : Parts)
    Total += P.size();
  std::string Joined;
  Joined.reserve(Total);
  for (size_t I = 0; I < Parts.size(); ++I) {
    if (I)
      Joined += ',';
    Joined += Parts[I];
  }
  T2 = now();
  printf("cpp_string_split %lld %zu\n", (long long)(T1 - T0), Parts.size());
  printf("cpp_string_join %lld %zu\n", (long long)(T2 - T1), Joined.size());
}
