// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/published_numbers.h"

#include "helhed/indicators/interval.h"

namespace helhed::service {

PublishedNumbers PublishedNumbersOf(const indicators::ResultRow& row) {
  PublishedNumbers out;
  switch (row.status) {
    case indicators::CellStatus::kSuppressed: return out;
    case indicators::CellStatus::kNotAvailable:
      // An empty population: the zero is known, a value is not.
      out.numerator = 0;
      out.denominator = 0;
      return out;
    case indicators::CellStatus::kOk: break;
  }
  switch (row.kind) {
    case indicators::IndicatorKind::kShare: {
      out.numerator = static_cast<double>(row.numerator);
      out.denominator = static_cast<double>(row.denominator);
      out.value = 100.0 * row.Value();
      if (const auto ci = indicators::WilsonInterval(row.numerator, row.denominator)) {
        out.ci_low = 100.0 * ci->low;
        out.ci_high = 100.0 * ci->high;
      }
      break;
    }
    case indicators::IndicatorKind::kMean: {
      out.numerator = row.sum;
      out.denominator = static_cast<double>(row.denominator);
      out.value = row.Value();
      if (const auto ci = indicators::MeanInterval(row.sum, row.sum_squares, row.denominator)) {
        out.ci_low = ci->low;
        out.ci_high = ci->high;
      }
      break;
    }
    case indicators::IndicatorKind::kCount:
      out.numerator = static_cast<double>(row.numerator);
      out.value = static_cast<double>(row.numerator);
      break;
  }
  return out;
}

}  // namespace helhed::service
