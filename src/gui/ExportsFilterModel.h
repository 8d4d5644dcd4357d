// Sorts the exports and keeps those of one group and/or containing a text.
#pragma once

#include <QSortFilterProxyModel>

class ExportsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ExportsFilterModel(QObject *parent = nullptr);

    void setGroup(const QString &group); // empty: all groups
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_group;
    QString m_text;
};
