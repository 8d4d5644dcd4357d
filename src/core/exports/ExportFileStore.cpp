#include "ExportFileStore.h"

#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTimeZone>
#include <functional>

#include <algorithm>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

ExportFileStore::ExportFileStore(QString folder)
    : m_folder(std::move(folder)) {}

QString ExportFileStore::filePath(const QString &fileName) const {
    return QDir(m_folder).filePath(fileName);
}

QString ExportFileStore::ensureWritable() const {
    if (!QDir().mkpath(m_folder))
        return QCoreApplication::translate("ExportFileStore", "the export folder %1 cannot be created")
            .arg(m_folder);
    // Writing a file is the only reliable test (read-only mounts, ACLs, quotas).
    QTemporaryFile probe(QDir(m_folder).filePath(u".write-test-XXXXXX"_s));
    if (!probe.open())
        return QCoreApplication::translate("ExportFileStore", "the export folder %1 is not writable: %2")
            .arg(m_folder, probe.errorString());
    return QString();
}

QString ExportFileStore::newFileName(const QString &group, const QDateTime &utc, qint64 projectId) const {
    const QString base = ExportFile::baseName(group, utc, projectId);
    QString name = base + u".csv"_s;
    for (int n = 2; QFileInfo::exists(filePath(name)); ++n)
        name = u"%1_%2.csv"_s.arg(base).arg(n);
    return name;
}

bool ExportFileStore::openExport(const QString &fileName, OpenedExport *opened) const {
    if (!ExportFile::isSafeName(fileName))
        return false;
    const int folder = ::open(QFile::encodeName(m_folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0)
        return false;
    // O_NONBLOCK: a FIFO put under our name must not hang the server on open.
    const int fd = ::openat(folder, QFile::encodeName(fileName).constData(),
                            O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    struct stat folderStat = {};
    struct stat fileStat = {};
    const bool plainFile = fd >= 0 && ::fstat(folder, &folderStat) == 0 && ::fstat(fd, &fileStat) == 0 &&
                           S_ISREG(fileStat.st_mode) && fileStat.st_nlink == 1 &&
                           fileStat.st_dev == folderStat.st_dev;
    ::close(folder);
    if (!plainFile) {
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    opened->file = std::move(file);
    opened->size = fileStat.st_size;
    opened->modified = QDateTime::fromMSecsSinceEpoch(
        qint64(fileStat.st_mtim.tv_sec) * 1000 + fileStat.st_mtim.tv_nsec / 1000000, Qt::UTC);
    return true;
}

QList<ExportFile> ExportFileStore::list() const {
    // One file at a time, with readdir and fstatat (QDirIterator matched each name against a wildcard and
    // built a QFileInfo: 40% of a listing of 10,000 files); sorted by time as a number (a QDateTime compared
    // costs ten times more).
    QList<ExportFile> found;
    std::vector<std::pair<qint64, qsizetype>> order; // (time, index in found)
    DIR *folder = ::opendir(QFile::encodeName(m_folder).constData());
    if (!folder)
        return {};
    const int descriptor = ::dirfd(folder);
    while (const dirent *item = ::readdir(folder)) {
        const QByteArrayView name(item->d_name);
        if (!name.startsWith("testops_export_") || !name.endsWith(".csv") ||
            (item->d_type != DT_REG && item->d_type != DT_UNKNOWN))
            continue;
        struct stat info = {};
        if (::fstatat(descriptor, item->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(info.st_mode))
            continue;
        ExportFile file;
        if (!ExportFile::parse(QFile::decodeName(item->d_name), &file))
            continue;
        file.bytes = info.st_size;
        order.emplace_back(file.timestamp.toMSecsSinceEpoch(), found.size());
        found.append(std::move(file));
    }
    ::closedir(folder);
    std::sort(order.begin(), order.end(), [&found](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first
                                  : found.at(a.second).fileName > found.at(b.second).fileName;
    });
    QList<ExportFile> files;
    files.reserve(found.size());
    for (const auto &[time, index] : order)
        files.append(std::move(found[index]));
    return files;
}

QString ExportFileStore::changesPath(const QString &fileName) const {
    return QDir(m_folder).filePath(u".testops-export/changes/"_s + fileName + u".json"_s);
}

bool ExportFileStore::remove(const QString &fileName) const {
    if (!QFile::remove(filePath(fileName)))
        return false;
    QFile::remove(changesPath(fileName));
    return true;
}

QString ExportFileStore::previousExport(const QString &group, const QString &fileName) const {
    ExportFile current;
    if (!ExportFile::parse(fileName, &current))
        return QString();
    for (const ExportFile &file : list()) { // newest first
        if (file.group != group || file.fileName == fileName)
            continue;
        if (file.timestamp < current.timestamp ||
            (file.timestamp == current.timestamp && file.fileName < fileName))
            return file.fileName;
    }
    return QString();
}

namespace {
// The tiers of RETENTION_KEEP: how many of each, the period a date falls in, and the bit that says so.
struct Tier {
    int count;
    quint8 bit;
    std::function<qint64(const QDate &)> periodOf;
};
QList<Tier> tiersOf(const RetentionKeep &keep) {
    return {{keep.daily, Kept::Daily, [](const QDate &date) { return date.toJulianDay(); }},
            {keep.weekly, Kept::Weekly,
             [](const QDate &date) {
                 int year = 0;
                 const int week = date.weekNumber(&year); // ISO 8601: the week's year, not the date's
                 return qint64(year) * 100 + week;
             }},
            {keep.monthly, Kept::Monthly,
             [](const QDate &date) { return qint64(date.year()) * 100 + date.month(); }},
            {keep.yearly, Kept::Yearly, [](const QDate &date) { return qint64(date.year()); }}};
}
} // namespace

QHash<QString, quint8> ExportFileStore::keptBy(QList<ExportFile> files, const Retention &rule,
                                               const QDateTime &nowUtc) {
    QHash<QString, quint8> kept;
    if (!rule.active())
        return kept;
    std::sort(files.begin(), files.end(), [](const ExportFile &a, const ExportFile &b) {
        return a.timestamp != b.timestamp ? a.timestamp > b.timestamp : a.fileName > b.fileName;
    });
    kept.reserve(files.size());
    QHash<QString, QList<const ExportFile *>> byGroup; // each newest first
    for (const ExportFile &file : std::as_const(files)) {
        QList<const ExportFile *> &group = byGroup[file.group];
        kept.insert(file.fileName, group.isEmpty() ? Kept::Newest : 0); // the newest of its group stays
        group.append(&file);
    }
    if (rule.keep.isSet()) {
        for (const Tier &tier : tiersOf(rule.keep)) {
            if (tier.count <= 0)
                continue;
            for (const QList<const ExportFile *> &group : std::as_const(byGroup)) {
                QSet<qint64> periods; // the newest `count` periods with an export: each one's last stays
                for (const ExportFile *file : group) {
                    const qint64 period = tier.periodOf(file->timestamp.toUTC().date());
                    if (periods.contains(period))
                        continue;
                    if (periods.size() == tier.count)
                        break;
                    periods.insert(period);
                    kept[file->fileName] |= tier.bit;
                }
            }
        }
    } else {
        const QDateTime limit = nowUtc.addDays(-rule.days);
        for (const ExportFile &file : std::as_const(files)) {
            if (file.timestamp >= limit)
                kept[file.fileName] |= Kept::Recent;
        }
    }
    return kept;
}

QStringList ExportFileStore::expired(QList<ExportFile> files, const Retention &rule,
                                     const QDateTime &nowUtc) {
    const QHash<QString, quint8> kept = keptBy(files, rule, nowUtc);
    std::sort(files.begin(), files.end(), [](const ExportFile &a, const ExportFile &b) {
        return a.timestamp != b.timestamp ? a.timestamp > b.timestamp : a.fileName > b.fileName;
    });
    QStringList names;
    for (const ExportFile &file : std::as_const(files)) {
        if (kept.value(file.fileName, 1) == 0)
            names.append(file.fileName);
    }
    return names;
}

QStringList ExportFileStore::applyRetention(const Retention &rule, const QDateTime &nowUtc) const {
    QStringList deleted;
    for (const QString &fileName : expired(list(), rule, nowUtc)) {
        if (remove(fileName)) {
            if (rule.keep.isSet())
                qCInfo(lcExport, "retention: deleted %s (no tier of RETENTION_KEEP keeps it)",
                       qUtf8Printable(fileName));
            else
                qCInfo(lcExport, "retention: deleted %s (older than %d days)", qUtf8Printable(fileName),
                       rule.days);
            deleted.append(fileName);
        } else {
            qCWarning(lcExport, "retention: cannot delete %s", qUtf8Printable(fileName));
        }
    }
    return deleted;
}

QStringList ExportFileStore::removeStaleTemporaries() const {
    // Qt's six random letters and digits; a lower-case word such as ".backup" is somebody's file, not ours.
    static const QRegularExpression temporary(
        u"^testops_export_.+\\.csv\\.(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{6}$"_s);
    QStringList removed;
    const QStringList names =
        QDir(m_folder).entryList({u"testops_export_*.csv.*"_s}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (temporary.match(name).hasMatch() && QFile::remove(filePath(name))) {
            qCInfo(lcExport, "removed %s, left by an interrupted export", qUtf8Printable(name));
            removed.append(name);
        }
    }
    return removed;
}
