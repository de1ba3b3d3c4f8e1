# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStatusBar, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.actionNewDatabase = QAction(MainWindow)
        self.actionNewDatabase.setObjectName(u"actionNewDatabase")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionImportHomes = QAction(MainWindow)
        self.actionImportHomes.setObjectName(u"actionImportHomes")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionNewBuilding = QAction(MainWindow)
        self.actionNewBuilding.setObjectName(u"actionNewBuilding")
        self.actionRenameBuilding = QAction(MainWindow)
        self.actionRenameBuilding.setObjectName(u"actionRenameBuilding")
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionRedo = QAction(MainWindow)
        self.actionRedo.setObjectName(u"actionRedo")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionZoomFit = QAction(MainWindow)
        self.actionZoomFit.setObjectName(u"actionZoomFit")
        self.actionZoomIn = QAction(MainWindow)
        self.actionZoomIn.setObjectName(u"actionZoomIn")
        self.actionZoomOut = QAction(MainWindow)
        self.actionZoomOut.setObjectName(u"actionZoomOut")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.demoBanner = QFrame(self.centralwidget)
        self.demoBanner.setObjectName(u"demoBanner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.demoBanner.sizePolicy().hasHeightForWidth())
        self.demoBanner.setSizePolicy(sizePolicy)
        self.demoBanner.setFrameShape(QFrame.Shape.NoFrame)
        self.demoBannerLayout = QHBoxLayout(self.demoBanner)
        self.demoBannerLayout.setSpacing(12)
        self.demoBannerLayout.setObjectName(u"demoBannerLayout")
        self.demoBannerLayout.setContentsMargins(12, 6, 12, 6)
        self.demoBannerLabel = QLabel(self.demoBanner)
        self.demoBannerLabel.setObjectName(u"demoBannerLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.demoBannerLabel.sizePolicy().hasHeightForWidth())
        self.demoBannerLabel.setSizePolicy(sizePolicy1)
        self.demoBannerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.demoBannerLabel.setWordWrap(True)

        self.demoBannerLayout.addWidget(self.demoBannerLabel)

        self.newDatabaseButton = QPushButton(self.demoBanner)
        self.newDatabaseButton.setObjectName(u"newDatabaseButton")

        self.demoBannerLayout.addWidget(self.newDatabaseButton)


        self.centralLayout.addWidget(self.demoBanner)

        self.mainSplitter = QSplitter(self.centralwidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.mapPane = QWidget(self.mainSplitter)
        self.mapPane.setObjectName(u"mapPane")
        self.mapPaneLayout = QVBoxLayout(self.mapPane)
        self.mapPaneLayout.setSpacing(6)
        self.mapPaneLayout.setObjectName(u"mapPaneLayout")
        self.mapPaneLayout.setContentsMargins(8, 8, 4, 4)
        self.buildingRow = QHBoxLayout()
        self.buildingRow.setSpacing(6)
        self.buildingRow.setObjectName(u"buildingRow")
        self.buildingLabel = QLabel(self.mapPane)
        self.buildingLabel.setObjectName(u"buildingLabel")

        self.buildingRow.addWidget(self.buildingLabel)

        self.buildingCombo = QComboBox(self.mapPane)
        self.buildingCombo.setObjectName(u"buildingCombo")
        self.buildingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.buildingCombo.setMinimumContentsLength(22)

        self.buildingRow.addWidget(self.buildingCombo)

        self.buildingRowSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buildingRow.addItem(self.buildingRowSpacer)

        self.zoomOutButton = QToolButton(self.mapPane)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.buildingRow.addWidget(self.zoomOutButton)

        self.zoomFitButton = QToolButton(self.mapPane)
        self.zoomFitButton.setObjectName(u"zoomFitButton")

        self.buildingRow.addWidget(self.zoomFitButton)

        self.zoomInButton = QToolButton(self.mapPane)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.buildingRow.addWidget(self.zoomInButton)


        self.mapPaneLayout.addLayout(self.buildingRow)

        self.mapLayout = QVBoxLayout()
        self.mapLayout.setSpacing(0)
        self.mapLayout.setObjectName(u"mapLayout")

        self.mapPaneLayout.addLayout(self.mapLayout)

        self.mainSplitter.addWidget(self.mapPane)
        self.sidePane = QWidget(self.mainSplitter)
        self.sidePane.setObjectName(u"sidePane")
        self.sidePaneLayout = QVBoxLayout(self.sidePane)
        self.sidePaneLayout.setSpacing(0)
        self.sidePaneLayout.setObjectName(u"sidePaneLayout")
        self.sidePaneLayout.setContentsMargins(4, 8, 8, 4)
        self.sideSplitter = QSplitter(self.sidePane)
        self.sideSplitter.setObjectName(u"sideSplitter")
        self.sideSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sideSplitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.sideSplitter)
        self.listPane.setObjectName(u"listPane")
        self.listPaneLayout = QVBoxLayout(self.listPane)
        self.listPaneLayout.setSpacing(6)
        self.listPaneLayout.setObjectName(u"listPaneLayout")
        self.listPaneLayout.setContentsMargins(0, 0, 0, 6)
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.listCountLabel = QLabel(self.listPane)
        self.listCountLabel.setObjectName(u"listCountLabel")

        self.searchRow.addWidget(self.listCountLabel)


        self.listPaneLayout.addLayout(self.searchRow)

        self.homeTable = QTableView(self.listPane)
        self.homeTable.setObjectName(u"homeTable")
        self.homeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.homeTable.setAlternatingRowColors(True)
        self.homeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.homeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.homeTable.setSortingEnabled(True)
        self.homeTable.setWordWrap(False)
        self.homeTable.horizontalHeader().setHighlightSections(False)
        self.homeTable.verticalHeader().setVisible(False)

        self.listPaneLayout.addWidget(self.homeTable)

        self.sideSplitter.addWidget(self.listPane)
        self.detailGroup = QGroupBox(self.sideSplitter)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QVBoxLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(2, 2, 2, 2)
        self.sideSplitter.addWidget(self.detailGroup)

        self.sidePaneLayout.addWidget(self.sideSplitter)

        self.mainSplitter.addWidget(self.sidePane)

        self.centralLayout.addWidget(self.mainSplitter)

        self.centralLayout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menubar.setGeometry(QRect(0, 0, 1280, 24))
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuBuilding = QMenu(self.menubar)
        self.menuBuilding.setObjectName(u"menuBuilding")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.buildingLabel.setBuddy(self.buildingCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.buildingCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.homeTable)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuBuilding.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewDatabase)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImportHomes)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuBuilding.addAction(self.actionNewBuilding)
        self.menuBuilding.addAction(self.actionRenameBuilding)
        self.menuEdit.addAction(self.actionUndo)
        self.menuEdit.addAction(self.actionRedo)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionFind)
        self.menuView.addAction(self.actionZoomFit)
        self.menuView.addAction(self.actionZoomIn)
        self.menuView.addAction(self.actionZoomOut)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"FlatApp", None))
        self.actionNewDatabase.setText(QCoreApplication.translate("MainWindow", u"&Nieuwe database\u2026", None))
#if QT_CONFIG(statustip)
        self.actionNewDatabase.setStatusTip(QCoreApplication.translate("MainWindow", u"Begin een nieuwe, lege database in een bestand dat je zelf kiest.", None))
#endif // QT_CONFIG(statustip)
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"Database &openen\u2026", None))
#if QT_CONFIG(statustip)
        self.actionOpenDatabase.setStatusTip(QCoreApplication.translate("MainWindow", u"Open een bestaande FlatApp-database.", None))
#endif // QT_CONFIG(statustip)
        self.actionImportHomes.setText(QCoreApplication.translate("MainWindow", u"&Woningen importeren\u2026", None))
#if QT_CONFIG(statustip)
        self.actionImportHomes.setStatusTip(QCoreApplication.translate("MainWindow", u"Lees de adreslijst van de corporatie in (Excel of CSV).", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.actionImportHomes.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Afsluiten", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionNewBuilding.setText(QCoreApplication.translate("MainWindow", u"&Nieuwe flat\u2026", None))
#if QT_CONFIG(statustip)
        self.actionNewBuilding.setStatusTip(QCoreApplication.translate("MainWindow", u"Voeg een flat toe aan deze database.", None))
#endif // QT_CONFIG(statustip)
        self.actionRenameBuilding.setText(QCoreApplication.translate("MainWindow", u"Flat &hernoemen\u2026", None))
#if QT_CONFIG(statustip)
        self.actionRenameBuilding.setStatusTip(QCoreApplication.translate("MainWindow", u"Geef de gekozen flat een andere naam.", None))
#endif // QT_CONFIG(statustip)
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"&Ongedaan maken", None))
        self.actionRedo.setText(QCoreApplication.translate("MainWindow", u"O&pnieuw", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Zoeken in woningen", None))
        self.actionZoomFit.setText(QCoreApplication.translate("MainWindow", u"&Passend maken", None))
#if QT_CONFIG(statustip)
        self.actionZoomFit.setStatusTip(QCoreApplication.translate("MainWindow", u"Zet de hele flat in beeld.", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.actionZoomFit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+0", None))
#endif // QT_CONFIG(shortcut)
        self.actionZoomIn.setText(QCoreApplication.translate("MainWindow", u"&Inzoomen", None))
        self.actionZoomOut.setText(QCoreApplication.translate("MainWindow", u"&Uitzoomen", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Over FlatApp", None))
        self.demoBannerLabel.setText(QCoreApplication.translate("MainWindow", u"Dit is een voorbeelddatabase met de fictieve Voorbeeldflat.", None))
#if QT_CONFIG(tooltip)
        self.newDatabaseButton.setToolTip(QCoreApplication.translate("MainWindow", u"Kies waar je eigen database komt; de voorbeelddatabase blijft zoals hij is.", None))
#endif // QT_CONFIG(tooltip)
        self.newDatabaseButton.setText(QCoreApplication.translate("MainWindow", u"Nieuwe database starten", None))
        self.buildingLabel.setText(QCoreApplication.translate("MainWindow", u"Flat:", None))
#if QT_CONFIG(tooltip)
        self.buildingCombo.setToolTip(QCoreApplication.translate("MainWindow", u"Kies de flat die je wilt zien. Een database kan meerdere flats bevatten.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("MainWindow", u"Uitzoomen (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
        self.zoomOutButton.setText(QCoreApplication.translate("MainWindow", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoomFitButton.setToolTip(QCoreApplication.translate("MainWindow", u"De hele flat in beeld (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
        self.zoomFitButton.setText(QCoreApplication.translate("MainWindow", u"Passend", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("MainWindow", u"Inzoomen (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.zoomInButton.setText(QCoreApplication.translate("MainWindow", u"+", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Zoek op adres, postcode, code of VHE-nummer (Ctrl+F)", None))
        self.listCountLabel.setText("")
        self.detailGroup.setTitle(QCoreApplication.translate("MainWindow", u"Woninggegevens", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
        self.menuBuilding.setTitle(QCoreApplication.translate("MainWindow", u"&Flat", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"Be&werken", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"Beel&d", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

