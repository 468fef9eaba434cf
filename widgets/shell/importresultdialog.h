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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openReportFolder();

    QString m_reportPath;
    bool m_committed = false;
    qint64 m_committedRows = 0;
    qint64 m_rejected = 0;      // in all
    qint64 m_rejectedShown = 0; // listed in the table
    QLabel *m_summary = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_shown = nullptr;
    QLabel *m_reportLabel = nullptr;
    QPushButton *m_openFolder = nullptr;
    QTableView *m_table = nullptr;
    RejectionTableModel *m_model = nullptr;
};

} // namespace tierwise
