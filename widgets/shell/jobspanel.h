#pragma once

// The jobs dock's content: every running analysis (segmentation, lifetime value, …) with its
// progress bar, the time left, and Cancel; finished ones stay listed with how they ended until
// cleared. It owns the JobRunner the window starts jobs on.

#include "jobs/job.h"
#include "result.h"

#include <QElapsedTimer>
#include <QWidget>

#include <map>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace tierwise {

namespace jobs { class JobRunner; }

class JobsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(QWidget *parent = nullptr);
    ~JobsPanel() override;

    // Starts the job on a worker with its own connection to the workspace; title names it in the
    // list. Returns the job's id.
    int start(const QString &workspacePath, std::shared_ptr<jobs::Job> job, const QString &title);
    void cancel(int id);
    void cancelAll();
    // Jobs queued or running.
    int activeCount() const;
    // The Cancel button of a listed job (for tests and keyboard focus); null if none.
    QToolButton *cancelButton(int id) const;
    QString statusText(int id) const;
    QString title(int id) const; // as given to start()

signals:
    void activeCountChanged(int count);
    // The job has ended; status is ok, a Cancelled error or the failure.
    void jobFinished(int id, std::shared_ptr<tierwise::jobs::Job> job, const tierwise::Status &status);

private:
    struct Row
    {
        std::shared_ptr<jobs::Job> job;
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *status = nullptr;
        QToolButton *cancel = nullptr;
        QElapsedTimer clock;
        bool active = true;
    };

    void onProgress(int id, qint64 done, qint64 total, const QString &text);
    void onFinished(int id, const Status &status);
    void clearFinished();
    void updateEmptyState();

    std::unique_ptr<jobs::JobRunner> m_runner;
    std::map<int, Row> m_rows;
    QVBoxLayout *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace tierwise
