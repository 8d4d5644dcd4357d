// /metrics: what the front says of the exports in the Prometheus text format (0.0.4), so that a team's
// Prometheus can scrape it and alert on it (packaging/prometheus/). Names start with testops_export_, units
// are in the names, counters end in _total, and every family has its # HELP and # TYPE.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QPair>

class ExportFront;

namespace WebMetrics {

// Answers of the web server since it started, by route and status class (2 for 2xx, …).
using RequestCounts = QHash<QPair<QByteArray, int>, quint64>;

QByteArray contentType();
QByteArray render(const ExportFront &front, const RequestCounts &requests);

} // namespace WebMetrics
