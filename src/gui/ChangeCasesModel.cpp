#include "ChangeCasesModel.h"

#include <QApplication>
#include <QPalette>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString say(const char *text) {
    return QCoreApplication::translate("ChangeCasesModel", text);
}
} // namespace

ChangeCasesModel::ChangeCasesModel(const ExportComparison::Result &result, QObject *parent)
    : QAbstractTableModel(parent)
    , m_result(result) {}

int ChangeCasesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0
                            : int(m_result.added.size() + m_result.removed.size() + m_result.changed.size());
}

int ChangeCasesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::pair<const ExportComparison::Case *, int> ChangeCasesModel::at(int row) const {
    if (row < m_result.added.size())
        return {&m_result.added.at(row), 0};
    row -= int(m_result.added.size());
    if (row < m_result.removed.size())
        return {&m_result.removed.at(row), 1};
    row -= int(m_result.removed.size());
    return {&m_result.changed.at(row), 2};
}

QVariant ChangeCasesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const auto [c, kind] = at(index.row());
    if (role == KindRole)
        return kind;
    if (role == Qt::ForegroundRole && index.column() == KindColumn)
        return kindColour(kind);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return kindName(kind);
    case IdColumn:
        return c->id;
    case NameColumn:
        return c->name;
    case FieldsColumn:
        return c->fields.join(u", "_s);
    }
    return {};
}

QVariant ChangeCasesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return say(QT_TRANSLATE_NOOP("ChangeCasesModel", "Change"));
    case IdColumn:
        return say(QT_TRANSLATE_NOOP("ChangeCasesModel", "ID"));
    case NameColumn:
        return say(QT_TRANSLATE_NOOP("ChangeCasesModel", "Name"));
    case FieldsColumn:
        return say(QT_TRANSLATE_NOOP("ChangeCasesModel", "Fields that differ"));
    }
    return {};
}

QColor ChangeCasesModel::kindColour(int kind) {
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case 0:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x5e, 0x20);
    case 1:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    default:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x4b, 0x00);
    }
}

QString ChangeCasesModel::kindName(int kind) {
    return kind == 0   ? say(QT_TRANSLATE_NOOP("ChangeCasesModel", "added"))
           : kind == 1 ? say(QT_TRANSLATE_NOOP("ChangeCasesModel", "removed"))
                       : say(QT_TRANSLATE_NOOP("ChangeCasesModel", "changed"));
}

void ChangeCasesFilter::setKind(int kind) {
    m_kind = kind;
    invalidateRowsFilter();
}

bool ChangeCasesFilter::filterAcceptsRow(int row, const QModelIndex &parent) const {
    const QModelIndex kind = sourceModel()->index(row, 0, parent);
    if (m_kind >= 0 && kind.data(ChangeCasesModel::KindRole).toInt() != m_kind)
        return false;
    const QRegularExpression &pattern = filterRegularExpression();
    if (pattern.pattern().isEmpty())
        return true;
    const auto has = [&](int column) {
        return sourceModel()->index(row, column, parent).data().toString().contains(pattern);
    };
    return has(ChangeCasesModel::IdColumn) || has(ChangeCasesModel::NameColumn);
}
