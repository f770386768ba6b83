#pragma once

#include "catalog/catalog.h"
#include "dimensioneditmodel.h"
#include "scaleeditor.h"
#include "statementeditmodel.h"

#include <QObject>

namespace dp {

/// Edits a copy of a catalog: dimensions, statements, scales and texts per language. Sessions keep
/// their own snapshot, so nothing done here reaches a stored or running session. Validation runs
/// the real parser on toJson(), so the editor shows exactly the messages an import would.
class CatalogEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(DimensionEditModel* dimensions READ dimensions CONSTANT)
    Q_PROPERTY(StatementEditModel* statements READ statements CONSTANT)
    Q_PROPERTY(ScaleEditor* scale READ scale CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY changed)
    Q_PROPERTY(QStringList scaleIds READ scaleIds NOTIFY changed)
    Q_PROPERTY(QString defaultScaleId READ defaultScaleId WRITE setDefaultScaleId NOTIFY changed)
    Q_PROPERTY(QString catalogId READ catalogId WRITE setCatalogId NOTIFY changed)
    Q_PROPERTY(QString version READ version WRITE setVersion NOTIFY changed)
    Q_PROPERTY(
        int currentDimension READ currentDimension WRITE setCurrentDimension NOTIFY currentChanged)
    Q_PROPERTY(
        int currentStatement READ currentStatement WRITE setCurrentStatement NOTIFY currentChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QString validationMessage READ validationMessage NOTIFY changed)
    Q_PROPERTY(QString problemPlace READ problemPlace NOTIFY changed)
    Q_PROPERTY(QString problemDetail READ problemDetail NOTIFY changed)
    Q_PROPERTY(QStringList missingTranslations READ missingTranslations NOTIFY changed)
    Q_PROPERTY(bool dirty READ isDirty NOTIFY changed)
    Q_PROPERTY(bool fresh READ isFresh NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QStringList builtinIds READ builtinIds CONSTANT)

public:
    explicit CatalogEditor(QObject* parent = nullptr);

    DimensionEditModel* dimensions() { return &m_dimensions; }
    StatementEditModel* statements() { return &m_statements; }
    ScaleEditor* scale() { return &m_scale; }
    const Catalog& catalog() const { return m_catalog; }
    /// Starts editing a copy of `catalog`.
    void setCatalog(const Catalog& catalog);

    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QStringList languages() const { return m_catalog.languages; }
    QStringList scaleIds() const;
    QString defaultScaleId() const { return m_catalog.defaultScaleId; }
    /// Statements without a scale of their own follow the default.
    void setDefaultScaleId(const QString& scaleId);
    QString catalogId() const { return m_catalog.id; }
    void setCatalogId(const QString& id);
    QString version() const { return m_catalog.version; }
    /// A new version lets stored sessions (which keep their snapshot) be told apart from edits.
    void setVersion(const QString& version);
    int currentDimension() const { return m_statements.dimensionIndex(); }
    void setCurrentDimension(int row);
    int currentStatement() const { return m_currentStatement; }
    void setCurrentStatement(int row);
    bool isValid() const { return m_validationMessage.isEmpty(); }
    QString validationMessage() const { return m_validationMessage; }
    QStringList missingTranslations() const { return m_missing; }
    bool isDirty() const { return m_dirty; }
    /// A new catalog nobody has changed yet: it cannot be valid, but there is nothing wrong
    /// to report either, only something to start.
    bool isFresh() const { return m_fresh; }
    QString lastError() const { return m_lastError; }
    /// Ids of the catalogs shipped with the app, to start editing from one of them.
    QStringList builtinIds() const;

    /// A catalog with languages de and en and one six-point agreement scale, but no dimensions.
    Q_INVOKABLE void newCatalog();
    Q_INVOKABLE bool loadBuiltin(const QString& id);
    Q_INVOKABLE bool importFile(const QString& path);
    /// Refuses an invalid catalog with the validation message; writes atomically.
    Q_INVOKABLE bool exportFile(const QString& path);

    /// Where the path field starts: the documents folder, named after the catalog id.
    Q_INVOKABLE QString defaultFilePath() const;

    /// Adds a language code ("fr", "pt-BR") to the catalog and edits in it; its texts start
    /// missing. Refuses malformed and duplicate codes with lastError.
    Q_INVOKABLE bool addLanguage(const QString& code);

    /// Selects the dimension, statement or scale the validation message names, so the form that
    /// can fix it shows; false when the message names no such place.
    Q_INVOKABLE bool goToProblem();
    /// The place the validation message names, in words a moderator knows ("Dimension 2
    /// \"Netzwerk\", statement 3"); empty when it names no dimension, statement or scale.
    QString problemPlace() const;
    /// The validation message without the parser's path in front when problemPlace() already
    /// names that place ("\"text\" is empty"); the whole message otherwise.
    QString problemDetail() const;

    Q_INVOKABLE QString catalogTitle(const QString& language) const;
    Q_INVOKABLE void setCatalogTitle(const QString& language, const QString& text);

    /// Appends a dimension, makes it current and returns its row.
    Q_INVOKABLE int addDimension();
    Q_INVOKABLE bool removeDimension(int row);
    /// Moves a dimension by `delta` rows (-1 up, +1 down); false at the ends.
    Q_INVOKABLE bool moveDimension(int row, int delta);
    Q_INVOKABLE QString dimensionTitle(int row, const QString& language) const;
    Q_INVOKABLE void setDimensionTitle(int row, const QString& language, const QString& text);
    /// Optional explanation of the dimension; empty in every language means none.
    Q_INVOKABLE QString dimensionDescription(int row, const QString& language) const;
    Q_INVOKABLE void setDimensionDescription(int row, const QString& language, const QString& text);

    /// Appends a statement to the current dimension, makes it current and returns its row (-1
    /// without a current dimension).
    Q_INVOKABLE int addStatement();
    Q_INVOKABLE bool removeStatement(int row);
    Q_INVOKABLE bool moveStatement(int row, int delta);
    Q_INVOKABLE QString statementText(int row, const QString& language) const;
    Q_INVOKABLE void setStatementText(int row, const QString& language, const QString& text);
    /// Optional help shown under the statement; empty in every language means none.
    Q_INVOKABLE QString statementHelp(int row, const QString& language) const;
    Q_INVOKABLE void setStatementHelp(int row, const QString& language, const QString& text);
    /// The scale the statement uses (its own or the catalog's default).
    Q_INVOKABLE QString statementScale(int row) const;
    /// Sets the statement's scale; the default scale is stored as "no scale of its own".
    Q_INVOKABLE bool setStatementScale(int row, const QString& scaleId);

    /// Adds a scale of `kind` ("ordinal", "bipolar", "pictogram"), selects it and returns its id.
    Q_INVOKABLE QString addScale(const QString& kind);
    /// Chooses which scale `scale` edits.
    Q_INVOKABLE bool editScale(const QString& scaleId);
    /// Deletes a scale no statement uses and that is not the default; false otherwise (lastError).
    Q_INVOKABLE bool removeScale(const QString& scaleId);
    /// The statements (their text in the editing language, else their id) that have `scaleId` as
    /// their own scale: what keeps removeScale() from deleting it.
    Q_INVOKABLE QStringList statementsUsingScale(const QString& scaleId) const;

signals:
    void changed();
    void currentChanged();
    void languageChanged();
    void lastErrorChanged();

protected:
    /// Validates again when the app's translation changes, so the message speaks the new language.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Statement* statementAt(int row);
    const Statement* statementAt(int row) const;
    QString uniqueId(const QString& stem) const;
    void edited();
    void revalidate();
    void setLastError(const QString& error);

    Catalog m_catalog;
    DimensionEditModel m_dimensions { &m_catalog };
    StatementEditModel m_statements { &m_catalog };
    ScaleEditor m_scale { &m_catalog };
    QString m_language = QStringLiteral("de");
    int m_currentStatement = -1;
    QString m_validationMessage;
    QStringList m_missing;
    bool m_dirty = false;
    bool m_fresh = false;
    QString m_lastError;
};

} // namespace dp
