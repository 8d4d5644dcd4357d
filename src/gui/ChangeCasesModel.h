// The cases of one comparison as the change view lists them (added, removed, changed, the kinds in colours),
// and the filter above the list (by kind, and by text in the id or the name).
#pragma once

#include "csv/ExportComparison.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSortFilterProxyModel>

#include <utility>

// The cases of one comparison in the order added, removed, changed; a case is referred to, never copied.
class ChangeCasesModel : public QAbstractTableModel {
public:
    enum Column { KindColumn, IdColumn, NameColumn, FieldsColumn, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1;

    ChangeCasesModel(const ExportComparison::Result &result, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The case of a row and its kind (0 added, 1 removed, 2 changed).
    std::pair<const ExportComparison::Case *, int> at(int row) const;

    // Added green, removed red, changed amber: AA contrast on a light and on a dark window.
    static QColor kindColour(int kind);
    static QString kindName(int kind);

private:
    const ExportComparison::Result &m_result;
};

// Filters by kind (-1: all) and by text in the id or name.
class ChangeCasesFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(int kind);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_kind = -1;
};
