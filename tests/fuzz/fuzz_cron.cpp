// libFuzzer: any text as a cron expression. A valid one must give a next fire time later than the start,
// in UTC and across Berlin's DST changes, and the run after it later again.
#include "schedule/CronExpression.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const CronExpression cron = CronExpression::parse(text, &error);
    if (!cron.isValid()) {
        if (error.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    static const QTimeZone berlin("Europe/Berlin");
    const QDateTime start(QDate(2026, 3, 28), QTime(23, 17), QTimeZone::utc());
    for (const QTimeZone &zone : {QTimeZone::utc(), berlin}) {
        const QDateTime first = cron.next(start, zone);
        if (!first.isValid())
            continue; // e.g. 29 February with a weekday: may lie beyond eight years
        if (first <= start)
            std::abort();
        const QDateTime second = cron.next(first, zone);
        if (second.isValid() && second <= first)
            std::abort();
    }
    return 0;
}
