#pragma once

// File ▸ Print Segment Brief…: choose the segmentation, its segments (all or some), the branch,
// the language (English, 简体中文, 繁體中文) and the bank's name, then preview the brief or save
// it as a PDF. The figures are gathered by a BriefJob on the window's jobs panel (progress and
// Cancel there and here); the GUI thread only lays out and paints the pages (a few tens of ms),
// with the brief's language installed while it paints. An unmasked brief's export is recorded in
// the workspace's audit log (a job too). Non-modal: the window stays usable while it gathers.

#include "analytics/briefdata.h"

#include <QDialog>
#include <QPointer>
#include <QString>

#include <functional>
#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QStackedWidget;

namespace tierwise {

class JobsPanel;
namespace analytics { struct BookView; }
namespace jobs { class Job; }

class BriefDialog final : public QDialog
{
    Q_OBJECT

public:
    // book: the window's loaded book (its segmentations, segments and branches fill the choices;
    // null: nothing to brief on yet). masked: the window's masking of personal data.
    BriefDialog(JobsPanel *jobs, QString workspacePath, std::shared_ptr<const analytics::BookView> book, bool masked,
                QWidget *parent = nullptr);
    ~BriefDialog() override;

    // The strategy printed per segment key (the strategy editor's, filled by the window).
    void setStrategies(std::map<QString, analytics::BriefStrategy> strategies);
    // Or, better, where to read them when a brief is painted (in the brief's language) for the
    // gathered segmentation key and branch; it replaces setStrategies' map.
    using StrategyProvider = std::function<std::map<QString, analytics::BriefStrategy>(const QString &segmentationKey,
                                                                                      const QString &branch)>;
    void setStrategyProvider(StrategyProvider provider) { m_strategyProvider = std::move(provider); }

    // The brief the controls describe (segments empty: all of them).
    analytics::BriefOptions options() const;
    QString language() const; // "en", "zh_CN" or "zh_TW"

    // Shows the brief in the preview, gathering the figures first if the choices changed.
    void preview();
    // Writes the brief to path, gathering first if needed; saved() or failed() tells how it went.
    void saveTo(const QString &path);

    bool isGathering() const { return m_jobId != 0; }
    int previewPageCount() const;
    std::shared_ptr<const analytics::BriefData> data() const { return m_data; }

    QComboBox *segmentationBox() const { return m_segmentation; }
    QListWidget *segmentList() const { return m_segments; }
    QComboBox *branchBox() const { return m_branch; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *bankEdit() const { return m_bank; }
    QPrintPreviewWidget *previewWidget() const { return m_preview; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void gathered();                   // new figures arrived
    void previewUpdated(int pages);
    void saved(const QString &path);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Pending { None, Preview, Save };
    // What the status line says; shown again in another language from this (and the figures).
    enum class StatusLine { None, Gathering, Cancelled, NoFigures, Failed, Gathered, Saved };

    void buildUi();
    void retranslate();
    // The brief's language follows the user interface's until the user picks one.
    void followInterfaceLanguage();
    // The segmentations' and segments' names in the language shown now (choices and checks kept).
    void nameSegmentations();
    void nameSegments();
    void setStatus(StatusLine line, const QString &detail = QString());
    void showStatus();
    void fillSegments();
    void updateButtons();
    void request(Pending action);
    void startGathering();
    void onJobFinished(int id, const std::shared_ptr<jobs::Job> &job, const Status &status);
    void runPending();
    void paintPreview(QPrinter *printer);
    void writeFile(const QString &path);
    void chooseFile();
    // What the figures depend on (the language, bank name and strategies only change the paint).
    QString signature() const;
    // The gathered figures with the dialog's bank name and strategies.
    analytics::BriefData shownData() const;

    QPointer<JobsPanel> m_jobs;
    QString m_path;
    std::shared_ptr<const analytics::BookView> m_book;
    bool m_masked;
    std::map<QString, analytics::BriefStrategy> m_strategies;
    StrategyProvider m_strategyProvider;

    std::shared_ptr<const analytics::BriefData> m_data;
    QString m_dataSignature;
    int m_jobId = 0;
    QString m_jobSignature;
    Pending m_pending = Pending::None;
    QString m_pendingPath;
    StatusLine m_statusShown = StatusLine::None;
    QString m_statusDetail; // the engine's reason (Failed), or the saved file (Saved)
    int m_savedPages = 0;
    bool m_languageChosen = false; // the user picked the brief's language

    QComboBox *m_segmentation = nullptr;
    QListWidget *m_segments = nullptr;
    QComboBox *m_branch = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_bank = nullptr;
    QLabel *m_segmentationLabel = nullptr;
    QLabel *m_segmentsLabel = nullptr;
    QLabel *m_branchLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_bankLabel = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_none = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_maskNote = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QLabel *m_placeholder = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
};

} // namespace tierwise
