#pragma once

// The wizard's second page: per file, the first rows as the importer will read them, with the
// detected encoding (and confidence), delimiter, header row and kind. Overriding any of them
// reads the preview again (only the file's first 64 KB).

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace tierwise {

class ImportWizard;
class PreviewTableModel;

class PreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    void showFile(int index);
    int currentFile() const;
    PreviewTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyOverrides();
    void fillControls();
    // The choices' texts and the detection's summary for the file shown, in the current language.
    void nameChoices();
    void showDetection();

    ImportWizard *m_wizard;
    QLabel *m_fileLabel;
    QLabel *m_encodingLabel;
    QLabel *m_delimiterLabel;
    QLabel *m_kindLabel;
    QComboBox *m_file;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_kind;
    QCheckBox *m_header;
    QLabel *m_info;
    QLabel *m_error;
    QTableView *m_table;
    PreviewTableModel *m_model;
    bool m_filling = false;
};

} // namespace tierwise
