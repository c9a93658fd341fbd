// SPDX-License-Identifier: Apache-2.0
// The synthetic register generator. Each person has fixed latent traits
// (schooling, work, crime, voting) so that their rows are plausible across
// years; yearly states mix the latent trait with fresh noise. Rates depend on
// the afdeling's deprivation d in [0,1]; the numbers below are tuning for
// realism of *synthetic* data only and are not statistics of Denmark.
#include "helhed/register/synth.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace helhed::register_ {
namespace {

// splitmix64: tiny, fast and identical everywhere (std distributions are not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Uniform() < p; }
  // Mean of three uniforms: a bell shape on [0,1] without libm.
  double Bell() { return (Uniform() + Uniform() + Uniform()) / 3.0; }
  uint64_t Below(uint64_t n) { return Next() % n; }

 private:
  uint64_t state_;
};

struct Afdeling {
  std::string id;
  int kommune = 0;  // index into geography.kommuner
  double deprivation = 0;
};

struct Person {
  uint64_t id = 0;
  int kommune = 0;
  int afdeling = -1;
  int birth_year = 0;
  Sex sex = Sex::kMale;
  Origin origin = Origin::kDanish;
  bool may_vote = true;  // immigrants without voting rights stay ineligible
  float schooling = 0, work = 0, crime = 0, civic = 0;  // uniform latent traits
};

// Picks an index with probability proportional to `cumulative` increments.
size_t Pick(const std::vector<double>& cumulative, Rng& rng) {
  const double x = rng.Uniform() * cumulative.back();
  return static_cast<size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
}

bool NonWestern(Origin origin) {
  return origin == Origin::kNonWesternImmigrant || origin == Origin::kNonWesternDescendant;
}

class Generator {
 public:
  Generator(const SynthOptions& options, const Geography& geo) : options_(options), geo_(geo), rng_(options.seed) {
    for (const auto& k : geo_.kommuner) {
      kommune_cumulative_.push_back((kommune_cumulative_.empty() ? 0.0 : kommune_cumulative_.back()) +
                                    std::max(1, k.population_thousands));
    }
    // About a sixth of the population in afdelinger of ~140 residents.
    const uint64_t count = std::max<uint64_t>(8, (options_.persons / 6 + 70) / 140);
    std::vector<int> per_kommune(geo_.kommuner.size(), 0);
    for (uint64_t i = 0; i < count; ++i) {
      Afdeling afd;
      afd.kommune = static_cast<int>(Pick(kommune_cumulative_, rng_));
      const double u = rng_.Uniform();
      afd.deprivation = u * u * u;  // most afdelinger ordinary, a tail of deprived ones
      afd.id = fmt::format("{}-{:04d}", geo_.kommuner[afd.kommune].code, ++per_kommune[afd.kommune]);
      const double size = 0.3 + rng_.Uniform();
      afdeling_cumulative_.push_back((afdeling_cumulative_.empty() ? 0.0 : afdeling_cumulative_.back()) + size);
      afdelinger_.push_back(std::move(afd));
    }
  }

  Status Write(std::ostream& out) {
    std::vector<Person> persons(options_.persons);
    for (auto& p : persons) NewPerson(p, options_.first_year, /*newborn=*/false);
    fmt::memory_buffer buffer;
    buffer.append(std::string_view(
        "year,person_id,afdeling,kommune,region,age,sex,origin,education,in_education,employed,"
        "gross_income,taxable,charged,convicted,in_daycare,grade_9,voted\n"));
    for (int year = options_.first_year; year <= options_.last_year; ++year) {
      for (auto& p : persons) {
        if (year > options_.first_year) Age(p, year);
        WriteRow(p, year, buffer);
        if (buffer.size() > (1 << 20)) {
          out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
          buffer.clear();
        }
      }
    }
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    out.flush();
    if (!out) return UnavailableError("kan ikke skrive det syntetiske register (disken kan være fuld)");
    return OkStatus();
  }

 private:
  void Place(Person& p) {
    if (rng_.Chance(1.0 / 6.0)) {
      p.afdeling = static_cast<int>(Pick(afdeling_cumulative_, rng_));
      p.kommune = afdelinger_[p.afdeling].kommune;
    } else {
      p.afdeling = -1;
      p.kommune = static_cast<int>(Pick(kommune_cumulative_, rng_));
    }
  }

  double Deprivation(const Person& p) const { return p.afdeling < 0 ? 0.05 : afdelinger_[p.afdeling].deprivation; }

  void NewPerson(Person& p, int year, bool newborn) {
    p.id = next_id_++;
    Place(p);
    const double age = newborn ? 0 : (rng_.Chance(0.93) ? rng_.Uniform() * 80 : 80 + rng_.Uniform() * 20);
    p.birth_year = year - static_cast<int>(age);
    p.sex = rng_.Chance(0.5) ? Sex::kMale : Sex::kFemale;
    const double d = Deprivation(p);
    const double non_western = p.afdeling < 0 ? 0.08 : 0.06 + 0.55 * d;
    const bool child = year - p.birth_year < 18;
    if (rng_.Chance(non_western)) {
      p.origin = rng_.Chance(child ? 0.25 : 0.8) ? Origin::kNonWesternImmigrant : Origin::kNonWesternDescendant;
    } else if (rng_.Chance(0.06)) {
      p.origin = rng_.Chance(child ? 0.3 : 0.85) ? Origin::kWesternImmigrant : Origin::kWesternDescendant;
    } else {
      p.origin = Origin::kDanish;
    }
    const bool immigrant = p.origin == Origin::kWesternImmigrant || p.origin == Origin::kNonWesternImmigrant;
    p.may_vote = !immigrant || rng_.Chance(0.7);
    p.schooling = static_cast<float>(rng_.Uniform());
    p.work = static_cast<float>(rng_.Uniform());
    p.crime = static_cast<float>(rng_.Uniform());
    p.civic = static_cast<float>(rng_.Uniform());
  }

  void Age(Person& p, int year) {
    if (year - p.birth_year > 99) {
      NewPerson(p, year, /*newborn=*/true);
      return;
    }
    if (rng_.Chance(0.04)) Place(p);
  }

  // A latent trait most years, fresh noise sometimes: still uniform overall.
  double Mix(float latent) { return rng_.Chance(0.85) ? latent : rng_.Uniform(); }

  void WriteRow(const Person& p, int year, fmt::memory_buffer& buffer) {
    const int age = year - p.birth_year;
    const double d = Deprivation(p);
    const bool nw = NonWestern(p.origin);
    const bool immigrant = p.origin == Origin::kWesternImmigrant || p.origin == Origin::kNonWesternImmigrant;

    Education education = Education::kUnknown;
    if (age >= 15 && !(immigrant && p.schooling > 0.78)) {
      const double primary = 0.18 + 0.35 * d + (nw ? 0.1 : 0.0);
      const double q = p.schooling;
      if (age < 19 || q < primary) {
        education = Education::kPrimary;
      } else {
        const double r = (q - primary) / (1.0 - primary);
        education = r < 0.18 ? Education::kUpperSecondary
                    : r < 0.55 ? Education::kVocational
                    : r < 0.62 ? Education::kShortTertiary
                    : r < 0.84 ? Education::kMediumTertiary
                               : Education::kLongTertiary;
        if (age < 23 && education > Education::kVocational) education = Education::kUpperSecondary;
      }
    }
    double p_edu = 0;
    if (age >= 6 && age <= 15) p_edu = 1;
    else if (age <= 19 && age > 15) p_edu = 0.8 - 0.3 * d;
    else if (age <= 29 && age > 19) p_edu = 0.45 - 0.2 * d;
    else if (age <= 45 && age > 29) p_edu = 0.05;
    const bool in_education = rng_.Chance(p_edu);
    double p_emp = 0;
    if (age >= 16 && age <= 64) p_emp = (0.80 - 0.22 * d - (nw ? 0.05 : 0.0)) * (in_education ? 0.5 : 1.0);
    else if (age >= 65 && age <= 74) p_emp = 0.15;
    const bool employed = Mix(p.work) < p_emp;
    const bool taxable = age >= 15 && rng_.Chance(0.97);
    int64_t income = 0;
    if (age >= 15) {
      double amount;
      if (employed) amount = 420000.0 * (1.0 - 0.25 * d) * (0.3 + 1.4 * rng_.Bell());
      else if (in_education) amount = 90000.0 * (0.5 + rng_.Uniform());
      else amount = 150000.0 * (0.6 + 0.8 * rng_.Uniform());
      income = static_cast<int64_t>(amount / 100.0) * 100;
    }
    double p_charge = 0;
    if (age >= 15 && age <= 29) p_charge = 0.025 + 0.05 * d;
    else if (age >= 30 && age <= 64) p_charge = 0.01 + 0.02 * d;
    else if (age >= 65) p_charge = 0.002;
    const bool charged = Mix(p.crime) < p_charge;
    const bool convicted = (charged && rng_.Chance(0.6)) || (age >= 15 && rng_.Chance(0.002));
    const auto& kommune = geo_.kommuner[p.kommune];

    auto out = std::back_inserter(buffer);
    fmt::format_to(out, "{},P{:09d},{},{:03d},{},{},{},{},{},{:d},{:d},{},{:d},{:d},{:d},", year, p.id,
                   p.afdeling < 0 ? std::string_view() : std::string_view(afdelinger_[p.afdeling].id),
                   kommune.code, kommune.region, age, SexCode(p.sex), OriginCode(p.origin),
                   EducationCode(education), in_education, employed, income, taxable, charged, convicted);
    if (age >= 1 && age <= 5) {
      fmt::format_to(out, "{:d}", rng_.Chance(0.92 - 0.15 * d - (nw ? 0.1 : 0.0)));
    }
    buffer.push_back(',');
    if (age == 15 && rng_.Chance(0.92)) {
      const double grade = 7.4 - 2.5 * d - 4.0 * (p.schooling - 0.5) * 0.5 + (rng_.Bell() - 0.5) * 6.0;
      const int tenths = static_cast<int>(std::clamp(grade, -3.0, 12.0) * 10.0);
      fmt::format_to(out, "{}{}.{}", tenths < 0 ? "-" : "", std::abs(tenths) / 10, std::abs(tenths) % 10);
    }
    buffer.push_back(',');
    if (age >= 18 && p.may_vote) {
      fmt::format_to(out, "{:d}", Mix(p.civic) < 0.84 - 0.3 * d - (nw ? 0.1 : 0.0));
    }
    buffer.push_back('\n');
  }

  const SynthOptions& options_;
  const Geography& geo_;
  Rng rng_;
  std::vector<double> kommune_cumulative_;
  std::vector<Afdeling> afdelinger_;
  std::vector<double> afdeling_cumulative_;
  uint64_t next_id_ = 1;
};

}  // namespace

Status WriteSyntheticRegister(const SynthOptions& options, const Geography& geography, std::ostream& out) {
  if (options.persons == 0) return InvalidArgumentError("--persons skal være mindst 1");
  if (options.persons > 100'000'000) return InvalidArgumentError("--persons må højst være 100.000.000");
  if (options.first_year > options.last_year || options.first_year < 1900 || options.last_year > 2200) {
    return InvalidArgumentError(fmt::format("årene {}-{} kan ikke bruges; skriv fx --years 2016-2025",
                                            options.first_year, options.last_year));
  }
  if (geography.kommuner.empty()) return InvalidArgumentError("geografien har ingen kommuner");
  Generator generator(options, geography);
  return generator.Write(out);
}

}  // namespace helhed::register_
