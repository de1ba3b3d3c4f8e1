# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QDialog, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(940, 620)
        ImportDialog.setMinimumSize(QSize(720, 500))
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stepsLabel = QLabel(ImportDialog)
        self.stepsLabel.setObjectName(u"stepsLabel")
        self.stepsLabel.setText(u"1. Bestand \u203a 2. Kolommen \u203a 3. Controleren")
        self.stepsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.stepsLabel)

        self.stepsLine = QFrame(ImportDialog)
        self.stepsLine.setObjectName(u"stepsLine")
        self.stepsLine.setFrameShape(QFrame.Shape.HLine)
        self.stepsLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.dialogLayout.addWidget(self.stepsLine)

        self.pages = QStackedWidget(ImportDialog)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.filePageLayout.setContentsMargins(0, 0, 0, 0)
        self.fileGroup = QGroupBox(self.filePage)
        self.fileGroup.setObjectName(u"fileGroup")
        self.fileGroupLayout = QVBoxLayout(self.fileGroup)
        self.fileGroupLayout.setObjectName(u"fileGroupLayout")
        self.fileHintLabel = QLabel(self.fileGroup)
        self.fileHintLabel.setObjectName(u"fileHintLabel")
        self.fileHintLabel.setWordWrap(True)

        self.fileGroupLayout.addWidget(self.fileHintLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(self.fileGroup)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setClearButtonEnabled(True)

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.fileGroup)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.pathRow.addWidget(self.browseButton)


        self.fileGroupLayout.addLayout(self.pathRow)

        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.sheetLabel = QLabel(self.fileGroup)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sheetRow.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(self.fileGroup)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumContentsLength(20)
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.sheetRow.addWidget(self.sheetCombo)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetRow.addItem(self.sheetSpacer)


        self.fileGroupLayout.addLayout(self.sheetRow)

        self.detectedLabel = QLabel(self.fileGroup)
        self.detectedLabel.setObjectName(u"detectedLabel")
        self.detectedLabel.setWordWrap(True)
        self.detectedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileGroupLayout.addWidget(self.detectedLabel)

        self.fileErrorLabel = QLabel(self.fileGroup)
        self.fileErrorLabel.setObjectName(u"fileErrorLabel")
        self.fileErrorLabel.setWordWrap(True)
        self.fileErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileGroupLayout.addWidget(self.fileErrorLabel)


        self.filePageLayout.addWidget(self.fileGroup)

        self.buildingGroup = QGroupBox(self.filePage)
        self.buildingGroup.setObjectName(u"buildingGroup")
        self.buildingGrid = QGridLayout(self.buildingGroup)
        self.buildingGrid.setObjectName(u"buildingGrid")
        self.existingRadio = QRadioButton(self.buildingGroup)
        self.existingRadio.setObjectName(u"existingRadio")

        self.buildingGrid.addWidget(self.existingRadio, 0, 0, 1, 1)

        self.buildingCombo = QComboBox(self.buildingGroup)
        self.buildingCombo.setObjectName(u"buildingCombo")

        self.buildingGrid.addWidget(self.buildingCombo, 0, 1, 1, 1)

        self.newRadio = QRadioButton(self.buildingGroup)
        self.newRadio.setObjectName(u"newRadio")

        self.buildingGrid.addWidget(self.newRadio, 1, 0, 1, 1)

        self.newNameEdit = QLineEdit(self.buildingGroup)
        self.newNameEdit.setObjectName(u"newNameEdit")
        self.newNameEdit.setMaxLength(120)

        self.buildingGrid.addWidget(self.newNameEdit, 1, 1, 1, 1)

        self.buildingHintLabel = QLabel(self.buildingGroup)
        self.buildingHintLabel.setObjectName(u"buildingHintLabel")
        self.buildingHintLabel.setWordWrap(True)

        self.buildingGrid.addWidget(self.buildingHintLabel, 2, 0, 1, 2)

        self.buildingGrid.setColumnStretch(1, 1)

        self.filePageLayout.addWidget(self.buildingGroup)

        self.filePageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.filePageSpacer)

        self.pages.addWidget(self.filePage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingPageLayout = QVBoxLayout(self.mappingPage)
        self.mappingPageLayout.setObjectName(u"mappingPageLayout")
        self.mappingPageLayout.setContentsMargins(0, 0, 0, 0)
        self.mappingIntroLabel = QLabel(self.mappingPage)
        self.mappingIntroLabel.setObjectName(u"mappingIntroLabel")
        self.mappingIntroLabel.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.mappingIntroLabel)

        self.mappingScroll = QScrollArea(self.mappingPage)
        self.mappingScroll.setObjectName(u"mappingScroll")
        self.mappingScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mappingScroll.setWidgetResizable(True)
        self.mappingContents = QWidget()
        self.mappingContents.setObjectName(u"mappingContents")
        self.mappingGrid = QGridLayout(self.mappingContents)
        self.mappingGrid.setObjectName(u"mappingGrid")
        self.mappingGrid.setHorizontalSpacing(12)
        self.mappingGrid.setColumnStretch(1, 1)
        self.mappingGrid.setColumnStretch(2, 1)
        self.mappingScroll.setWidget(self.mappingContents)

        self.mappingPageLayout.addWidget(self.mappingScroll)

        self.mappingStatusLabel = QLabel(self.mappingPage)
        self.mappingStatusLabel.setObjectName(u"mappingStatusLabel")
        self.mappingStatusLabel.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.mappingStatusLabel)

        self.pages.addWidget(self.mappingPage)
        self.checkPage = QWidget()
        self.checkPage.setObjectName(u"checkPage")
        self.checkPageLayout = QVBoxLayout(self.checkPage)
        self.checkPageLayout.setObjectName(u"checkPageLayout")
        self.checkPageLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(self.checkPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkPageLayout.addWidget(self.summaryLabel)

        self.columnsRow = QHBoxLayout()
        self.columnsRow.setObjectName(u"columnsRow")
        self.columnsLabel = QLabel(self.checkPage)
        self.columnsLabel.setObjectName(u"columnsLabel")
        self.columnsLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.columnsLabel.sizePolicy().hasHeightForWidth())
        self.columnsLabel.setSizePolicy(sizePolicy)

        self.columnsRow.addWidget(self.columnsLabel)

        self.adjustColumnsButton = QPushButton(self.checkPage)
        self.adjustColumnsButton.setObjectName(u"adjustColumnsButton")
        self.adjustColumnsButton.setAutoDefault(False)

        self.columnsRow.addWidget(self.adjustColumnsButton)


        self.checkPageLayout.addLayout(self.columnsRow)

        self.tabs = QTabWidget(self.checkPage)
        self.tabs.setObjectName(u"tabs")
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewTabLayout = QVBoxLayout(self.previewTab)
        self.previewTabLayout.setObjectName(u"previewTabLayout")
        self.previewView = QTableView(self.previewTab)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.horizontalHeader().setStretchLastSection(True)
        self.previewView.verticalHeader().setVisible(False)

        self.previewTabLayout.addWidget(self.previewView)

        self.tabs.addTab(self.previewTab, "")
        self.issuesTab = QWidget()
        self.issuesTab.setObjectName(u"issuesTab")
        self.issuesTabLayout = QVBoxLayout(self.issuesTab)
        self.issuesTabLayout.setObjectName(u"issuesTabLayout")
        self.issuesTopRow = QHBoxLayout()
        self.issuesTopRow.setObjectName(u"issuesTopRow")
        self.issuesHintLabel = QLabel(self.issuesTab)
        self.issuesHintLabel.setObjectName(u"issuesHintLabel")
        self.issuesHintLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.issuesHintLabel.sizePolicy().hasHeightForWidth())
        self.issuesHintLabel.setSizePolicy(sizePolicy)

        self.issuesTopRow.addWidget(self.issuesHintLabel)

        self.copyButton = QPushButton(self.issuesTab)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.issuesTopRow.addWidget(self.copyButton)


        self.issuesTabLayout.addLayout(self.issuesTopRow)

        self.issuesView = QTableView(self.issuesTab)
        self.issuesView.setObjectName(u"issuesView")
        self.issuesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issuesView.setAlternatingRowColors(True)
        self.issuesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issuesView.setWordWrap(True)
        self.issuesView.horizontalHeader().setStretchLastSection(True)
        self.issuesView.verticalHeader().setVisible(False)

        self.issuesTabLayout.addWidget(self.issuesView)

        self.tabs.addTab(self.issuesTab, "")
        self.noticesTab = QWidget()
        self.noticesTab.setObjectName(u"noticesTab")
        self.noticesTabLayout = QVBoxLayout(self.noticesTab)
        self.noticesTabLayout.setObjectName(u"noticesTabLayout")
        self.noticesHintLabel = QLabel(self.noticesTab)
        self.noticesHintLabel.setObjectName(u"noticesHintLabel")
        self.noticesHintLabel.setWordWrap(True)

        self.noticesTabLayout.addWidget(self.noticesHintLabel)

        self.noticesView = QTableView(self.noticesTab)
        self.noticesView.setObjectName(u"noticesView")
        self.noticesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.noticesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.noticesView.horizontalHeader().setStretchLastSection(True)
        self.noticesView.verticalHeader().setVisible(False)

        self.noticesTabLayout.addWidget(self.noticesView)

        self.tabs.addTab(self.noticesTab, "")

        self.checkPageLayout.addWidget(self.tabs)

        self.verdictLabel = QLabel(self.checkPage)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)

        self.checkPageLayout.addWidget(self.verdictLabel)

        self.skipInvalidCheck = QCheckBox(self.checkPage)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.checkPageLayout.addWidget(self.skipInvalidCheck)

        self.importErrorLabel = QLabel(self.checkPage)
        self.importErrorLabel.setObjectName(u"importErrorLabel")
        self.importErrorLabel.setWordWrap(True)
        self.importErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkPageLayout.addWidget(self.importErrorLabel)

        self.pages.addWidget(self.checkPage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.existingRadio)
        QWidget.setTabOrder(self.existingRadio, self.buildingCombo)
        QWidget.setTabOrder(self.buildingCombo, self.newRadio)
        QWidget.setTabOrder(self.newRadio, self.newNameEdit)
        QWidget.setTabOrder(self.newNameEdit, self.adjustColumnsButton)
        QWidget.setTabOrder(self.adjustColumnsButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.previewView)
        QWidget.setTabOrder(self.previewView, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.issuesView)
        QWidget.setTabOrder(self.issuesView, self.noticesView)
        QWidget.setTabOrder(self.noticesView, self.skipInvalidCheck)
        QWidget.setTabOrder(self.skipInvalidCheck, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)

        self.retranslateUi(ImportDialog)

        self.pages.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)
        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Woningen importeren", None))
        self.fileGroup.setTitle(QCoreApplication.translate("ImportDialog", u"Adreslijst van de corporatie", None))
        self.fileHintLabel.setText(QCoreApplication.translate("ImportDialog", u"Kies het Excel- of CSV-bestand met de adressen van de flat.", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Typ of plak het pad, of kies Bladeren\u2026", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"&Bladeren\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"&Werkblad:", None))
        self.buildingGroup.setTitle(QCoreApplication.translate("ImportDialog", u"In welke flat komen de woningen?", None))
        self.existingRadio.setText(QCoreApplication.translate("ImportDialog", u"Be&staande flat:", None))
        self.newRadio.setText(QCoreApplication.translate("ImportDialog", u"&Nieuwe flat:", None))
        self.newNameEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Naam van de flat, bijvoorbeeld De Vijverflat", None))
        self.mappingIntroLabel.setText(QCoreApplication.translate("ImportDialog", u"Geef bij elk gegeven aan uit welke kolom van het bestand het komt. Gegevens met een * zijn verplicht; kies \"(niet in bestand)\" als het bestand dat gegeven niet heeft.", None))
        self.adjustColumnsButton.setText(QCoreApplication.translate("ImportDialog", u"&Kolommen aanpassen\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.previewTab), QCoreApplication.translate("ImportDialog", u"Woningen", None))
        self.issuesHintLabel.setText(QCoreApplication.translate("ImportDialog", u"Deze rijen worden niet ge\u00efmporteerd. Rijnummers zijn zoals Excel ze toont.", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Kopieert de lijst (rij, kolom, reden) om in een e-mail of in Excel te plakken", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("ImportDialog", u"K&opi\u00ebren", None))
        self.tabs.setTabText(self.tabs.indexOf(self.issuesTab), QCoreApplication.translate("ImportDialog", u"Afgekeurd", None))
        self.noticesHintLabel.setText(QCoreApplication.translate("ImportDialog", u"Deze regels zijn met opzet overgeslagen (geen woning, of een totaalregel). Daar hoeft u niets mee te doen.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.noticesTab), QCoreApplication.translate("ImportDialog", u"Overgeslagen", None))
        self.skipInvalidCheck.setText(QCoreApplication.translate("ImportDialog", u"&Alleen de goede rijen importeren", None))
        self.backButton.setText(QCoreApplication.translate("ImportDialog", u"< &Vorige", None))
        self.nextButton.setText(QCoreApplication.translate("ImportDialog", u"V&olgende >", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Importeren", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Annuleren", None))
    # retranslateUi

