#pragma once

// Shown when an import had rejections: what was (not) committed, the rejections as a table, and
// where the CSV report with all of them was written.

#include "ingest/importer.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace tierwise {

class RejectionTableModel;

class ImportResultDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportResultDialog(const ingest::ImportReport &report, QWidget *parent = nullptr);

    // The summary line at the top (for tests and accessibility).
    QString summaryText() const;
    const RejectionTableModel *rejectionModel() const { return m_model; }

private:
    void openReportFolder();

    QString m_reportPath;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    RejectionTableModel *m_model = nullptr;
};

} // namespace tierwise
