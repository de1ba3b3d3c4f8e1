# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'questionnaire_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QStackedWidget,
    QTableView, QTreeView, QVBoxLayout, QWidget)

class Ui_QuestionnaireEditorDialog(object):
    def setupUi(self, QuestionnaireEditorDialog):
        if not QuestionnaireEditorDialog.objectName():
            QuestionnaireEditorDialog.setObjectName(u"QuestionnaireEditorDialog")
        QuestionnaireEditorDialog.resize(1180, 680)
        QuestionnaireEditorDialog.setMinimumSize(QSize(900, 560))
        self.dialogLayout = QVBoxLayout(QuestionnaireEditorDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(8)
        self.topRow.setObjectName(u"topRow")
        self.versionLabel = QLabel(QuestionnaireEditorDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.topRow.addWidget(self.versionLabel)

        self.versionCombo = QComboBox(QuestionnaireEditorDialog)
        self.versionCombo.setObjectName(u"versionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.versionCombo.sizePolicy().hasHeightForWidth())
        self.versionCombo.setSizePolicy(sizePolicy)
        self.versionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.versionCombo.setMinimumContentsLength(30)

        self.topRow.addWidget(self.versionCombo)

        self.copyButton = QPushButton(QuestionnaireEditorDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.topRow.addWidget(self.copyButton)


        self.dialogLayout.addLayout(self.topRow)

        self.noticeLabel = QLabel(QuestionnaireEditorDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.noticeLabel)

        self.splitter = QSplitter(QuestionnaireEditorDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy1)
        self.leftPanel = QWidget(self.splitter)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setSpacing(6)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 6, 0)
        self.treeView = QTreeView(self.leftPanel)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setMinimumSize(QSize(300, 0))
        self.treeView.setHeaderHidden(True)
        self.treeView.setUniformRowHeights(True)
        self.treeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.treeView.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.leftLayout.addWidget(self.treeView)

        self.treeButtons = QGridLayout()
        self.treeButtons.setSpacing(6)
        self.treeButtons.setObjectName(u"treeButtons")
        self.addQuestionButton = QPushButton(self.leftPanel)
        self.addQuestionButton.setObjectName(u"addQuestionButton")
        self.addQuestionButton.setAutoDefault(False)

        self.treeButtons.addWidget(self.addQuestionButton, 0, 0, 1, 1)

        self.addSectionButton = QPushButton(self.leftPanel)
        self.addSectionButton.setObjectName(u"addSectionButton")
        self.addSectionButton.setAutoDefault(False)

        self.treeButtons.addWidget(self.addSectionButton, 0, 1, 1, 1)

        self.upButton = QPushButton(self.leftPanel)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.treeButtons.addWidget(self.upButton, 1, 0, 1, 1)

        self.downButton = QPushButton(self.leftPanel)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.treeButtons.addWidget(self.downButton, 1, 1, 1, 1)

        self.removeButton = QPushButton(self.leftPanel)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.treeButtons.addWidget(self.removeButton, 2, 0, 1, 1)


        self.leftLayout.addLayout(self.treeButtons)

        self.splitter.addWidget(self.leftPanel)
        self.editorScroll = QScrollArea(self.splitter)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorScroll.setWidgetResizable(True)
        self.editorContents = QWidget()
        self.editorContents.setObjectName(u"editorContents")
        self.editorLayout = QVBoxLayout(self.editorContents)
        self.editorLayout.setSpacing(0)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(12, 0, 6, 0)
        self.pages = QStackedWidget(self.editorContents)
        self.pages.setObjectName(u"pages")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalFormOuter = QVBoxLayout(self.generalPage)
        self.generalFormOuter.setSpacing(0)
        self.generalFormOuter.setObjectName(u"generalFormOuter")
        self.generalFormOuter.setContentsMargins(0, 0, 0, 0)
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setVerticalSpacing(10)
        self.generalHeading = QLabel(self.generalPage)
        self.generalHeading.setObjectName(u"generalHeading")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.generalHeading)

        self.titleEditLabel = QLabel(self.generalPage)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(self.generalPage)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.introEditLabel = QLabel(self.generalPage)
        self.introEditLabel.setObjectName(u"introEditLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.introEditLabel)

        self.introEdit = QPlainTextEdit(self.generalPage)
        self.introEdit.setObjectName(u"introEdit")
        self.introEdit.setMinimumSize(QSize(0, 150))
        self.introEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.introEdit)

        self.introHint = QLabel(self.generalPage)
        self.introHint.setObjectName(u"introHint")
        self.introHint.setWordWrap(True)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.introHint)

        self.closingEditLabel = QLabel(self.generalPage)
        self.closingEditLabel.setObjectName(u"closingEditLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.closingEditLabel)

        self.closingEdit = QPlainTextEdit(self.generalPage)
        self.closingEdit.setObjectName(u"closingEdit")
        self.closingEdit.setMinimumSize(QSize(0, 90))
        self.closingEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.closingEdit)


        self.generalFormOuter.addLayout(self.generalForm)

        self.generalStretch = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalFormOuter.addItem(self.generalStretch)

        self.pages.addWidget(self.generalPage)
        self.sectionPage = QWidget()
        self.sectionPage.setObjectName(u"sectionPage")
        self.sectionFormOuter = QVBoxLayout(self.sectionPage)
        self.sectionFormOuter.setSpacing(0)
        self.sectionFormOuter.setObjectName(u"sectionFormOuter")
        self.sectionFormOuter.setContentsMargins(0, 0, 0, 0)
        self.sectionForm = QFormLayout()
        self.sectionForm.setObjectName(u"sectionForm")
        self.sectionForm.setVerticalSpacing(10)
        self.sectionHeading = QLabel(self.sectionPage)
        self.sectionHeading.setObjectName(u"sectionHeading")
        self.sectionHeading.setText(u"Onderdeel")

        self.sectionForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.sectionHeading)

        self.sectionTitleEditLabel = QLabel(self.sectionPage)
        self.sectionTitleEditLabel.setObjectName(u"sectionTitleEditLabel")

        self.sectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionTitleEditLabel)

        self.sectionTitleEdit = QLineEdit(self.sectionPage)
        self.sectionTitleEdit.setObjectName(u"sectionTitleEdit")
        self.sectionTitleEdit.setMaxLength(200)

        self.sectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionTitleEdit)

        self.sectionCodeEditLabel = QLabel(self.sectionPage)
        self.sectionCodeEditLabel.setObjectName(u"sectionCodeEditLabel")

        self.sectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sectionCodeEditLabel)

        self.sectionCodeEdit = QLineEdit(self.sectionPage)
        self.sectionCodeEdit.setObjectName(u"sectionCodeEdit")
        self.sectionCodeEdit.setMaximumSize(QSize(220, 16777215))
        self.sectionCodeEdit.setMaxLength(24)

        self.sectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sectionCodeEdit)

        self.sectionOptionalCheck = QCheckBox(self.sectionPage)
        self.sectionOptionalCheck.setObjectName(u"sectionOptionalCheck")

        self.sectionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sectionOptionalCheck)

        self.sectionHint = QLabel(self.sectionPage)
        self.sectionHint.setObjectName(u"sectionHint")
        self.sectionHint.setText(u"")
        self.sectionHint.setWordWrap(True)

        self.sectionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sectionHint)


        self.sectionFormOuter.addLayout(self.sectionForm)

        self.sectionStretch = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sectionFormOuter.addItem(self.sectionStretch)

        self.pages.addWidget(self.sectionPage)
        self.questionPage = QWidget()
        self.questionPage.setObjectName(u"questionPage")
        self.questionFormOuter = QVBoxLayout(self.questionPage)
        self.questionFormOuter.setSpacing(0)
        self.questionFormOuter.setObjectName(u"questionFormOuter")
        self.questionFormOuter.setContentsMargins(0, 0, 0, 0)
        self.questionForm = QFormLayout()
        self.questionForm.setObjectName(u"questionForm")
        self.questionForm.setVerticalSpacing(10)
        self.questionHeading = QLabel(self.questionPage)
        self.questionHeading.setObjectName(u"questionHeading")
        self.questionHeading.setText(u"Vraag")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.questionHeading)

        self.codeEditLabel = QLabel(self.questionPage)
        self.codeEditLabel.setObjectName(u"codeEditLabel")

        self.questionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeEditLabel)

        self.codeEdit = QLineEdit(self.questionPage)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaximumSize(QSize(220, 16777215))
        self.codeEdit.setMaxLength(24)

        self.questionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.textEditLabel = QLabel(self.questionPage)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.questionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textEditLabel)

        self.textEdit = QPlainTextEdit(self.questionPage)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMinimumSize(QSize(0, 64))
        self.textEdit.setMaximumSize(QSize(16777215, 96))
        self.textEdit.setTabChangesFocus(True)

        self.questionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.typeComboLabel = QLabel(self.questionPage)
        self.typeComboLabel.setObjectName(u"typeComboLabel")

        self.questionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.typeComboLabel)

        self.typeCombo = QComboBox(self.questionPage)
        self.typeCombo.setObjectName(u"typeCombo")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.typeCombo.sizePolicy().hasHeightForWidth())
        self.typeCombo.setSizePolicy(sizePolicy2)

        self.questionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.flagsWidget = QWidget(self.questionPage)
        self.flagsWidget.setObjectName(u"flagsWidget")
        self.flagsLayout = QGridLayout(self.flagsWidget)
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.flagsLayout.setHorizontalSpacing(18)
        self.flagsLayout.setVerticalSpacing(4)
        self.flagsLayout.setContentsMargins(0, 0, 0, 0)
        self.requiredCheck = QCheckBox(self.flagsWidget)
        self.requiredCheck.setObjectName(u"requiredCheck")

        self.flagsLayout.addWidget(self.requiredCheck, 0, 0, 1, 1)

        self.consentCheck = QCheckBox(self.flagsWidget)
        self.consentCheck.setObjectName(u"consentCheck")

        self.flagsLayout.addWidget(self.consentCheck, 0, 1, 1, 1)

        self.personalCheck = QCheckBox(self.flagsWidget)
        self.personalCheck.setObjectName(u"personalCheck")

        self.flagsLayout.addWidget(self.personalCheck, 1, 0, 1, 1)

        self.reversedCheck = QCheckBox(self.flagsWidget)
        self.reversedCheck.setObjectName(u"reversedCheck")

        self.flagsLayout.addWidget(self.reversedCheck, 1, 1, 1, 1)

        self.sensitiveCheck = QCheckBox(self.flagsWidget)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")

        self.flagsLayout.addWidget(self.sensitiveCheck, 2, 0, 1, 2)


        self.questionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.flagsWidget)

        self.rangeWidgetLabel = QLabel(self.questionPage)
        self.rangeWidgetLabel.setObjectName(u"rangeWidgetLabel")

        self.questionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rangeWidgetLabel)

        self.rangeWidget = QWidget(self.questionPage)
        self.rangeWidget.setObjectName(u"rangeWidget")
        self.rangeLayout = QHBoxLayout(self.rangeWidget)
        self.rangeLayout.setSpacing(8)
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.rangeLayout.setContentsMargins(0, 0, 0, 0)
        self.fromLabel = QLabel(self.rangeWidget)
        self.fromLabel.setObjectName(u"fromLabel")

        self.rangeLayout.addWidget(self.fromLabel)

        self.minimumSpin = QSpinBox(self.rangeWidget)
        self.minimumSpin.setObjectName(u"minimumSpin")
        self.minimumSpin.setMinimum(-9999)
        self.minimumSpin.setMaximum(9999)

        self.rangeLayout.addWidget(self.minimumSpin)

        self.toLabel = QLabel(self.rangeWidget)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeLayout.addWidget(self.toLabel)

        self.maximumSpin = QSpinBox(self.rangeWidget)
        self.maximumSpin.setObjectName(u"maximumSpin")
        self.maximumSpin.setMinimum(-9999)
        self.maximumSpin.setMaximum(9999)

        self.rangeLayout.addWidget(self.maximumSpin)

        self.rangeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeLayout.addItem(self.rangeSpacer)


        self.questionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rangeWidget)

        self.helpEditLabel = QLabel(self.questionPage)
        self.helpEditLabel.setObjectName(u"helpEditLabel")

        self.questionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.helpEditLabel)

        self.helpEdit = QLineEdit(self.questionPage)
        self.helpEdit.setObjectName(u"helpEdit")

        self.questionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.helpEdit)

        self.optionsWidgetLabel = QLabel(self.questionPage)
        self.optionsWidgetLabel.setObjectName(u"optionsWidgetLabel")
        self.optionsWidgetLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.questionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.optionsWidgetLabel)

        self.optionsWidget = QWidget(self.questionPage)
        self.optionsWidget.setObjectName(u"optionsWidget")
        self.optionsLayout = QVBoxLayout(self.optionsWidget)
        self.optionsLayout.setSpacing(6)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(0, 0, 0, 0)
        self.optionsView = QTableView(self.optionsWidget)
        self.optionsView.setObjectName(u"optionsView")
        self.optionsView.setMinimumSize(QSize(0, 150))
        self.optionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.optionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.optionsView.setTabKeyNavigation(False)

        self.optionsLayout.addWidget(self.optionsView)

        self.optionButtons = QHBoxLayout()
        self.optionButtons.setSpacing(6)
        self.optionButtons.setObjectName(u"optionButtons")
        self.addOptionButton = QPushButton(self.optionsWidget)
        self.addOptionButton.setObjectName(u"addOptionButton")
        self.addOptionButton.setAutoDefault(False)

        self.optionButtons.addWidget(self.addOptionButton)

        self.removeOptionButton = QPushButton(self.optionsWidget)
        self.removeOptionButton.setObjectName(u"removeOptionButton")
        self.removeOptionButton.setAutoDefault(False)

        self.optionButtons.addWidget(self.removeOptionButton)

        self.optionUpButton = QPushButton(self.optionsWidget)
        self.optionUpButton.setObjectName(u"optionUpButton")
        self.optionUpButton.setAutoDefault(False)

        self.optionButtons.addWidget(self.optionUpButton)

        self.optionDownButton = QPushButton(self.optionsWidget)
        self.optionDownButton.setObjectName(u"optionDownButton")
        self.optionDownButton.setAutoDefault(False)

        self.optionButtons.addWidget(self.optionDownButton)

        self.optionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionButtons.addItem(self.optionSpacer)


        self.optionsLayout.addLayout(self.optionButtons)

        self.fixedOptionsLabel = QLabel(self.optionsWidget)
        self.fixedOptionsLabel.setObjectName(u"fixedOptionsLabel")
        self.fixedOptionsLabel.setText(u"")
        self.fixedOptionsLabel.setWordWrap(True)

        self.optionsLayout.addWidget(self.fixedOptionsLabel)


        self.questionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.optionsWidget)

        self.skipWidgetLabel = QLabel(self.questionPage)
        self.skipWidgetLabel.setObjectName(u"skipWidgetLabel")

        self.questionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.skipWidgetLabel)

        self.skipWidget = QWidget(self.questionPage)
        self.skipWidget.setObjectName(u"skipWidget")
        self.skipLayout = QHBoxLayout(self.skipWidget)
        self.skipLayout.setSpacing(8)
        self.skipLayout.setObjectName(u"skipLayout")
        self.skipLayout.setContentsMargins(0, 0, 0, 0)
        self.skipCombo = QComboBox(self.skipWidget)
        self.skipCombo.setObjectName(u"skipCombo")
        sizePolicy.setHeightForWidth(self.skipCombo.sizePolicy().hasHeightForWidth())
        self.skipCombo.setSizePolicy(sizePolicy)
        self.skipCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.skipCombo.setMinimumContentsLength(24)

        self.skipLayout.addWidget(self.skipCombo)

        self.skipAnswersLabel = QLabel(self.skipWidget)
        self.skipAnswersLabel.setObjectName(u"skipAnswersLabel")

        self.skipLayout.addWidget(self.skipAnswersLabel)

        self.skipAnswersEdit = QLineEdit(self.skipWidget)
        self.skipAnswersEdit.setObjectName(u"skipAnswersEdit")
        self.skipAnswersEdit.setMaximumSize(QSize(140, 16777215))

        self.skipLayout.addWidget(self.skipAnswersEdit)


        self.questionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.skipWidget)

        self.skipHint = QLabel(self.questionPage)
        self.skipHint.setObjectName(u"skipHint")
        self.skipHint.setText(u"")
        self.skipHint.setWordWrap(True)

        self.questionForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.skipHint)


        self.questionFormOuter.addLayout(self.questionForm)

        self.questionStretch = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.questionFormOuter.addItem(self.questionStretch)

        self.pages.addWidget(self.questionPage)

        self.editorLayout.addWidget(self.pages)

        self.editorScroll.setWidget(self.editorContents)
        self.splitter.addWidget(self.editorScroll)

        self.dialogLayout.addWidget(self.splitter)

        self.errorLabel = QLabel(QuestionnaireEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.stateLabel = QLabel(QuestionnaireEditorDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")

        self.buttonRow.addWidget(self.stateLabel)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(QuestionnaireEditorDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(QuestionnaireEditorDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.versionCombo)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.introEditLabel.setBuddy(self.introEdit)
        self.closingEditLabel.setBuddy(self.closingEdit)
        self.sectionTitleEditLabel.setBuddy(self.sectionTitleEdit)
        self.sectionCodeEditLabel.setBuddy(self.sectionCodeEdit)
        self.codeEditLabel.setBuddy(self.codeEdit)
        self.textEditLabel.setBuddy(self.textEdit)
        self.typeComboLabel.setBuddy(self.typeCombo)
        self.rangeWidgetLabel.setBuddy(self.minimumSpin)
        self.helpEditLabel.setBuddy(self.helpEdit)
        self.optionsWidgetLabel.setBuddy(self.optionsView)
        self.skipWidgetLabel.setBuddy(self.skipCombo)
        self.skipAnswersLabel.setBuddy(self.skipAnswersEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versionCombo, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.treeView)
        QWidget.setTabOrder(self.treeView, self.addQuestionButton)
        QWidget.setTabOrder(self.addQuestionButton, self.addSectionButton)
        QWidget.setTabOrder(self.addSectionButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.introEdit)
        QWidget.setTabOrder(self.introEdit, self.closingEdit)
        QWidget.setTabOrder(self.closingEdit, self.sectionTitleEdit)
        QWidget.setTabOrder(self.sectionTitleEdit, self.sectionCodeEdit)
        QWidget.setTabOrder(self.sectionCodeEdit, self.sectionOptionalCheck)
        QWidget.setTabOrder(self.sectionOptionalCheck, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.requiredCheck)
        QWidget.setTabOrder(self.requiredCheck, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.personalCheck)
        QWidget.setTabOrder(self.personalCheck, self.reversedCheck)
        QWidget.setTabOrder(self.reversedCheck, self.sensitiveCheck)
        QWidget.setTabOrder(self.sensitiveCheck, self.minimumSpin)
        QWidget.setTabOrder(self.minimumSpin, self.maximumSpin)
        QWidget.setTabOrder(self.maximumSpin, self.helpEdit)
        QWidget.setTabOrder(self.helpEdit, self.optionsView)
        QWidget.setTabOrder(self.optionsView, self.addOptionButton)
        QWidget.setTabOrder(self.addOptionButton, self.removeOptionButton)
        QWidget.setTabOrder(self.removeOptionButton, self.optionUpButton)
        QWidget.setTabOrder(self.optionUpButton, self.optionDownButton)
        QWidget.setTabOrder(self.optionDownButton, self.skipCombo)
        QWidget.setTabOrder(self.skipCombo, self.skipAnswersEdit)
        QWidget.setTabOrder(self.skipAnswersEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(QuestionnaireEditorDialog)

        QMetaObject.connectSlotsByName(QuestionnaireEditorDialog)
    # setupUi

    def retranslateUi(self, QuestionnaireEditorDialog):
        QuestionnaireEditorDialog.setWindowTitle(QCoreApplication.translate("QuestionnaireEditorDialog", u"Vragenlijst bewerken", None))
        self.versionLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Vragenlijst:", None))
        self.copyButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Kopie maken\u2026", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Een nieuwe vragenlijst maken met deze vragen, om die aan te passen zonder het origineel te veranderen.", None))
#endif // QT_CONFIG(tooltip)
        self.addQuestionButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Vraag toe&voegen", None))
#if QT_CONFIG(tooltip)
        self.addQuestionButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Een nieuwe vraag onder de gekozen vraag (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.addSectionButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"O&nderdeel toevoegen", None))
#if QT_CONFIG(tooltip)
        self.addSectionButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Een nieuw onderdeel (kopje) onder het gekozen onderdeel", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Om&hoog", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"De gekozen vraag of het onderdeel een plaats omhoog (Ctrl+Pijl omhoog)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Om&laag", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"De gekozen vraag of het onderdeel een plaats omlaag (Ctrl+Pijl omlaag)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Verwij&deren", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"De gekozen vraag of het onderdeel verwijderen", None))
#endif // QT_CONFIG(tooltip)
        self.generalHeading.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Titel, inleiding en slot", None))
        self.titleEditLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Titel", None))
        self.introEditLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Inleiding", None))
        self.introHint.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"De vrijwilliger leest de inleiding voor aan het begin van het gesprek. Hij staat bovenaan het papieren formulier.", None))
        self.closingEditLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Slottekst", None))
        self.sectionTitleEditLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Titel", None))
        self.sectionCodeEditLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Code", None))
        self.sectionOptionalCheck.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Optioneel onderdeel: per ronde te kiezen of het gevraagd wordt", None))
        self.codeEditLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Code", None))
        self.textEditLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Vraag&tekst", None))
        self.typeComboLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Soort", None))
        self.requiredCheck.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Verplicht", None))
#if QT_CONFIG(tooltip)
        self.requiredCheck.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Bij het invoeren moet deze vraag een antwoord hebben.", None))
#endif // QT_CONFIG(tooltip)
        self.consentCheck.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Toestemmingsvraag", None))
#if QT_CONFIG(tooltip)
        self.consentCheck.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"De tekst wordt helemaal geprint en voorgelezen; nooit openbaar getoond.", None))
#endif // QT_CONFIG(tooltip)
        self.personalCheck.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Persoonsgegevens", None))
#if QT_CONFIG(tooltip)
        self.personalCheck.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Naam, telefoon of e-mail: alleen ingevuld en bewaard met toestemming.", None))
#endif // QT_CONFIG(tooltip)
        self.reversedCheck.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Omgekeerd scoren", None))
#if QT_CONFIG(tooltip)
        self.reversedCheck.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Voor een negatief geformuleerde uitspraak (zoals \u2018kennen elkaar nauwelijks\u2019).", None))
#endif // QT_CONFIG(tooltip)
        self.sensitiveCheck.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Gevoelig: in openbare uitvoer nooit 0% of 100%", None))
#if QT_CONFIG(tooltip)
        self.sensitiveCheck.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Voor een vraag waar buren gevoelig voor zijn (overlast over met name genoemde dingen, contactwensen): poster, folder en dia\u2019s tonen nooit 0% of 100%, want dan weet iedereen wat elke bewoner antwoordde.", None))
#endif // QT_CONFIG(tooltip)
        self.rangeWidgetLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Bereik", None))
        self.fromLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"van", None))
        self.toLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"tot en met", None))
        self.helpEditLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Toe&lichting", None))
        self.helpEdit.setPlaceholderText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Kleine tekst onder de vraag, bijv. \u2018Meerdere antwoorden mogelijk.\u2019", None))
        self.optionsWidgetLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Antwoorden", None))
        self.addOptionButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Ant&woord toevoegen", None))
#if QT_CONFIG(tooltip)
        self.addOptionButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Een antwoord toevoegen met de volgende vrije code (Insert in de tabel)", None))
#endif // QT_CONFIG(tooltip)
        self.removeOptionButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Antwoord verwijderen", None))
#if QT_CONFIG(tooltip)
        self.removeOptionButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Het gekozen antwoord verwijderen (Delete in de tabel)", None))
#endif // QT_CONFIG(tooltip)
        self.optionUpButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Omhoog", None))
#if QT_CONFIG(tooltip)
        self.optionUpButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Het gekozen antwoord een plaats omhoog", None))
#endif // QT_CONFIG(tooltip)
        self.optionDownButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Omlaag", None))
#if QT_CONFIG(tooltip)
        self.optionDownButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Het gekozen antwoord een plaats omlaag", None))
#endif // QT_CONFIG(tooltip)
        self.skipWidgetLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Sla ove&r als", None))
        self.skipAnswersLabel.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"het antwoord is", None))
        self.skipAnswersEdit.setPlaceholderText(QCoreApplication.translate("QuestionnaireEditorDialog", u"bijv. 0 of 1, 2", None))
        self.saveButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"&Opslaan", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("QuestionnaireEditorDialog", u"Opslaan (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("QuestionnaireEditorDialog", u"Sluiten", None))
    # retranslateUi

