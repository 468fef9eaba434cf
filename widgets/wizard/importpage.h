#pragma once

// The wizard's last page: what will be imported, and the button that hands it to the window's
// import controller (the import then runs as a background job the window shows).

#include <QWizardPage>

class QLabel;

namespace tierwise {

class ImportWizard;

class ImportPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(ImportWizard *wizard);

    void initializePage() override;
    // Shown when the controller refuses to start (another import runs).
    void setError(const QString &message);
    QLabel *summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // What will be imported, from the validation's report.
    void showSummary();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_error;
    bool m_initialized = false;
};

} // namespace tierwise
