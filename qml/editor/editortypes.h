#pragma once

// Makes the core's catalog editor known to QML without the core knowing QML.

#include "editor/catalogeditor.h"

#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace dp {

struct CatalogEditorForeign
{
    Q_GADGET
    QML_FOREIGN(dp::CatalogEditor)
    QML_NAMED_ELEMENT(CatalogEditor)
};

struct DimensionEditModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::DimensionEditModel)
    QML_NAMED_ELEMENT(DimensionEditModel)
    QML_UNCREATABLE("provided by CatalogEditor.dimensions")
};

struct StatementEditModelForeign
{
    Q_GADGET
    QML_FOREIGN(dp::StatementEditModel)
    QML_NAMED_ELEMENT(StatementEditModel)
    QML_UNCREATABLE("provided by CatalogEditor.statements")
};

struct ScaleEditorForeign
{
    Q_GADGET
    QML_FOREIGN(dp::ScaleEditor)
    QML_NAMED_ELEMENT(ScaleEditor)
    QML_UNCREATABLE("provided by CatalogEditor.scale")
};

} // namespace dp
