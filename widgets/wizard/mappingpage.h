#pragma once

// The wizard's third page: per column of a file, the source header, a sample value, the target
// field (suggested from the header synonyms, or skip), a date format for date fields, and a value
// map (raw value → replacement) for the selected column. Missing required fields and columns
// mapped twice are shown in red and keep the wizard from going on. Save mapping… / Load mapping…
// write and read the mapping file `tierwise-cli import --mapping` takes.

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tierwise {

class ImportWizard;

class MappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { Source, Sample, Target, DateFormat, ColumnCount };

    explicit MappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    void showFile(int index);
    int currentFile() const;
    QTableWidget *table() const { return m_table; }
    QTableWidget *valueMap() const { return m_values; }
    // The field combo / date format combo of a row of the current file.
    QComboBox *fieldBox(int row) const;
    QComboBox *formatBox(int row) const;
    // The problems shown in red (empty when the mapping can be imported).
    QStringList problems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The rows' titles, field choices and tooltips, and the file's kind, in the current language
    // (choices kept).
    void nameRows();
    void nameValueBox();
    void fillTable();
    void fillValueMap();
    void onFieldChosen(int row);
    void onFormatEdited(int row);
    void onValueEdited();
    void addValue();
    void removeValue();
    void updateProblems();
    void saveMapping();
    void loadMapping();

    ImportWizard *m_wizard;
    QComboBox *m_file;
    QLabel *m_kind;
    QTableWidget *m_table;
    QGroupBox *m_valueBox;
    QTableWidget *m_values;
    QLabel *m_fileLabel;
    QPushButton *m_addValue;
    QPushButton *m_removeValue;
    QPushButton *m_save;
    QPushButton *m_load;
    QLabel *m_problems;
    bool m_filling = false;
};

} // namespace tierwise
