// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramexport.h"
#include "diagramoptions.h"
#include "model/topology.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace avsnet::ui {

// File > Export: the format, what to draw (the whole design or the selection, the trace,
// badges, legend, theme) and the page, with a live preview of exactly what will be written.
// Works on a snapshot of the design, so the canvas stays free while it is open.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        core::Topology topology;
        QStringList selectedIds;
        QString traceFrom; // the canvas's current trace, if any
        QString traceTo;
        QString suggestedPath; // the design's file path: the export goes beside it
    };

    ExportDialog(Context context, QWidget *parent = nullptr);

    DiagramFormat format() const;
    void setFormat(DiagramFormat format);
    DiagramOptions options() const;
    // Writes the export to `filePath`; returns an empty string or what went wrong.
    QString exportTo(const QString &filePath);
    // The preview as shown now (tests).
    QImage previewImage() const { return m_previewImage; }
    QString previewText() const;

signals:
    void exported(const QString &filePath);

private:
    void buildForm();
    void updateEnabledState();
    void schedulePreview();
    void refreshPreview();
    void chooseFileAndExport();
    void print();

    Context m_context;
    QComboBox *m_format;
    QRadioButton *m_whole;
    QRadioButton *m_selection;
    QCheckBox *m_light;
    QCheckBox *m_trace;
    QCheckBox *m_findings;
    QCheckBox *m_legend;
    QDoubleSpinBox *m_scale;
    QComboBox *m_pageSize;
    QComboBox *m_orientation;
    QStackedWidget *m_preview;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_previewText;
    QLabel *m_status;
    QTimer *m_previewTimer;
    QImage m_previewImage;
};

} // namespace avsnet::ui
