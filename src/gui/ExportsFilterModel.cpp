#include "ExportsFilterModel.h"

#include "ExportsModel.h"

ExportsFilterModel::ExportsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ExportsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
    setDynamicSortFilter(true);
}

void ExportsFilterModel::setGroup(const QString &group) {
    m_group = group;
    invalidateFilter();
}

void ExportsFilterModel::setText(const QString &text) {
    m_text = text.trimmed();
    invalidateFilter();
}

bool ExportsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_group.isEmpty() && index.data(ExportsModel::GroupRole).toString() != m_group)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < ExportsModel::ColumnCount; ++column) {
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return index.data(ExportsModel::FileNameRole).toString().contains(m_text, Qt::CaseInsensitive);
}
