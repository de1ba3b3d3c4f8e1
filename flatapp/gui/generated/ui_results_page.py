# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'results_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ResultsPage(object):
    def setupUi(self, ResultsPage):
        if not ResultsPage.objectName():
            ResultsPage.setObjectName(u"ResultsPage")
        ResultsPage.resize(1280, 760)
        self.outerLayout = QVBoxLayout(ResultsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(8, 8, 8, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.roundLabel = QLabel(ResultsPage)
        self.roundLabel.setObjectName(u"roundLabel")

        self.filterLayout.addWidget(self.roundLabel)

        self.roundCombo = QComboBox(ResultsPage)
        self.roundCombo.setObjectName(u"roundCombo")
        self.roundCombo.setMinimumSize(QSize(220, 0))

        self.filterLayout.addWidget(self.roundCombo)

        self.filterGap = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterGap)

        self.entranceLabel = QLabel(ResultsPage)
        self.entranceLabel.setObjectName(u"entranceLabel")

        self.filterLayout.addWidget(self.entranceLabel)

        self.entranceCombo = QComboBox(ResultsPage)
        self.entranceCombo.setObjectName(u"entranceCombo")
        self.entranceCombo.setMinimumSize(QSize(140, 0))

        self.filterLayout.addWidget(self.entranceCombo)

        self.floorLabel = QLabel(ResultsPage)
        self.floorLabel.setObjectName(u"floorLabel")

        self.filterLayout.addWidget(self.floorLabel)

        self.floorCombo = QComboBox(ResultsPage)
        self.floorCombo.setObjectName(u"floorCombo")
        self.floorCombo.setMinimumSize(QSize(120, 0))

        self.filterLayout.addWidget(self.floorCombo)

        self.filterStretch = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterStretch)


        self.outerLayout.addLayout(self.filterLayout)

        self.messageLabel = QLabel(ResultsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.messageLabel)

        self.tabs = QTabWidget(ResultsPage)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewTabLayout = QVBoxLayout(self.overviewTab)
        self.overviewTabLayout.setObjectName(u"overviewTabLayout")
        self.overviewTabLayout.setContentsMargins(0, 0, 0, 0)
        self.overviewScroll = QScrollArea(self.overviewTab)
        self.overviewScroll.setObjectName(u"overviewScroll")
        self.overviewScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.overviewScroll.setWidgetResizable(True)
        self.overviewContent = QWidget()
        self.overviewContent.setObjectName(u"overviewContent")
        self.overviewLayout = QVBoxLayout(self.overviewContent)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.numbersLayout = QGridLayout()
        self.numbersLayout.setObjectName(u"numbersLayout")

        self.overviewLayout.addLayout(self.numbersLayout)

        self.groupsLayout = QHBoxLayout()
        self.groupsLayout.setObjectName(u"groupsLayout")

        self.overviewLayout.addLayout(self.groupsLayout)

        self.chartsLayout = QGridLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")

        self.overviewLayout.addLayout(self.chartsLayout)

        self.overviewStretch = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overviewLayout.addItem(self.overviewStretch)

        self.overviewScroll.setWidget(self.overviewContent)

        self.overviewTabLayout.addWidget(self.overviewScroll)

        self.tabs.addTab(self.overviewTab, "")
        self.compareTab = QWidget()
        self.compareTab.setObjectName(u"compareTab")
        self.compareLayout = QVBoxLayout(self.compareTab)
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareChoiceLayout = QHBoxLayout()
        self.compareChoiceLayout.setObjectName(u"compareChoiceLayout")
        self.compareLabel = QLabel(self.compareTab)
        self.compareLabel.setObjectName(u"compareLabel")

        self.compareChoiceLayout.addWidget(self.compareLabel)

        self.compareCombo = QComboBox(self.compareTab)
        self.compareCombo.setObjectName(u"compareCombo")
        self.compareCombo.setMinimumSize(QSize(320, 0))

        self.compareChoiceLayout.addWidget(self.compareCombo)

        self.compareChoiceStretch = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compareChoiceLayout.addItem(self.compareChoiceStretch)


        self.compareLayout.addLayout(self.compareChoiceLayout)

        self.compareNotesLabel = QLabel(self.compareTab)
        self.compareNotesLabel.setObjectName(u"compareNotesLabel")
        self.compareNotesLabel.setWordWrap(True)

        self.compareLayout.addWidget(self.compareNotesLabel)

        self.compareTable = QTableView(self.compareTab)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.compareLayout.addWidget(self.compareTable)

        self.tabs.addTab(self.compareTab, "")
        self.networkTab = QWidget()
        self.networkTab.setObjectName(u"networkTab")
        self.networkTabLayout = QVBoxLayout(self.networkTab)
        self.networkTabLayout.setObjectName(u"networkTabLayout")
        self.networkBanner = QLabel(self.networkTab)
        self.networkBanner.setObjectName(u"networkBanner")
        self.networkBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.networkTabLayout.addWidget(self.networkBanner)

        self.networkSplitter = QSplitter(self.networkTab)
        self.networkSplitter.setObjectName(u"networkSplitter")
        self.networkSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.networkSplitter.setChildrenCollapsible(False)
        self.networkMapHost = QWidget(self.networkSplitter)
        self.networkMapHost.setObjectName(u"networkMapHost")
        self.networkMapLayout = QVBoxLayout(self.networkMapHost)
        self.networkMapLayout.setObjectName(u"networkMapLayout")
        self.networkMapLayout.setContentsMargins(0, 0, 0, 0)
        self.networkSplitter.addWidget(self.networkMapHost)
        self.networkSideScroll = QScrollArea(self.networkSplitter)
        self.networkSideScroll.setObjectName(u"networkSideScroll")
        self.networkSideScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.networkSideScroll.setWidgetResizable(True)
        self.networkSide = QWidget()
        self.networkSide.setObjectName(u"networkSide")
        self.networkSideLayout = QVBoxLayout(self.networkSide)
        self.networkSideLayout.setObjectName(u"networkSideLayout")
        self.networkSummaryLabel = QLabel(self.networkSide)
        self.networkSummaryLabel.setObjectName(u"networkSummaryLabel")
        self.networkSummaryLabel.setWordWrap(True)
        self.networkSummaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.networkSideLayout.addWidget(self.networkSummaryLabel)

        self.networkCaveatLabel = QLabel(self.networkSide)
        self.networkCaveatLabel.setObjectName(u"networkCaveatLabel")
        self.networkCaveatLabel.setWordWrap(True)

        self.networkSideLayout.addWidget(self.networkCaveatLabel)

        self.networkSideStretch = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.networkSideLayout.addItem(self.networkSideStretch)

        self.networkSideScroll.setWidget(self.networkSide)
        self.networkSplitter.addWidget(self.networkSideScroll)

        self.networkTabLayout.addWidget(self.networkSplitter)

        self.tabs.addTab(self.networkTab, "")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followUpLayout = QVBoxLayout(self.followUpTab)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpBanner = QLabel(self.followUpTab)
        self.followUpBanner.setObjectName(u"followUpBanner")
        self.followUpBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.followUpLayout.addWidget(self.followUpBanner)

        self.followUpIntro = QLabel(self.followUpTab)
        self.followUpIntro.setObjectName(u"followUpIntro")
        self.followUpIntro.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpIntro)

        self.followUpTable = QTableWidget(self.followUpTab)
        self.followUpTable.setObjectName(u"followUpTable")
        self.followUpTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followUpTable.setAlternatingRowColors(True)
        self.followUpTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followUpTable.setSortingEnabled(True)

        self.followUpLayout.addWidget(self.followUpTable)

        self.followUpEmptyLabel = QLabel(self.followUpTab)
        self.followUpEmptyLabel.setObjectName(u"followUpEmptyLabel")
        self.followUpEmptyLabel.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpEmptyLabel)

        self.tabs.addTab(self.followUpTab, "")
        self.openAnswersTab = QWidget()
        self.openAnswersTab.setObjectName(u"openAnswersTab")
        self.openAnswersLayout = QVBoxLayout(self.openAnswersTab)
        self.openAnswersLayout.setObjectName(u"openAnswersLayout")
        self.openAnswersBanner = QLabel(self.openAnswersTab)
        self.openAnswersBanner.setObjectName(u"openAnswersBanner")
        self.openAnswersBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.openAnswersLayout.addWidget(self.openAnswersBanner)

        self.openAnswersIntro = QLabel(self.openAnswersTab)
        self.openAnswersIntro.setObjectName(u"openAnswersIntro")
        self.openAnswersIntro.setWordWrap(True)

        self.openAnswersLayout.addWidget(self.openAnswersIntro)

        self.openAnswersEmptyLabel = QLabel(self.openAnswersTab)
        self.openAnswersEmptyLabel.setObjectName(u"openAnswersEmptyLabel")
        self.openAnswersEmptyLabel.setWordWrap(True)

        self.openAnswersLayout.addWidget(self.openAnswersEmptyLabel)

        self.openAnswersScroll = QScrollArea(self.openAnswersTab)
        self.openAnswersScroll.setObjectName(u"openAnswersScroll")
        self.openAnswersScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.openAnswersScroll.setWidgetResizable(True)
        self.openAnswersContent = QWidget()
        self.openAnswersContent.setObjectName(u"openAnswersContent")
        self.openAnswersListLayout = QVBoxLayout(self.openAnswersContent)
        self.openAnswersListLayout.setObjectName(u"openAnswersListLayout")
        self.openAnswersScroll.setWidget(self.openAnswersContent)

        self.openAnswersLayout.addWidget(self.openAnswersScroll)

        self.tabs.addTab(self.openAnswersTab, "")

        self.outerLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.roundLabel.setBuddy(self.roundCombo)
        self.entranceLabel.setBuddy(self.entranceCombo)
        self.floorLabel.setBuddy(self.floorCombo)
        self.compareLabel.setBuddy(self.compareCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResultsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ResultsPage)
    # setupUi

    def retranslateUi(self, ResultsPage):
        ResultsPage.setWindowTitle(QCoreApplication.translate("ResultsPage", u"Uitkomsten", None))
        self.roundLabel.setText(QCoreApplication.translate("ResultsPage", u"&Ronde", None))
        self.entranceLabel.setText(QCoreApplication.translate("ResultsPage", u"&Portiek", None))
        self.floorLabel.setText(QCoreApplication.translate("ResultsPage", u"&Verdieping", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("ResultsPage", u"&Overzicht", None))
        self.compareLabel.setText(QCoreApplication.translate("ResultsPage", u"Vergelijken &met", None))
        self.tabs.setTabText(self.tabs.indexOf(self.compareTab), QCoreApplication.translate("ResultsPage", u"Ver&gelijken", None))
        self.networkBanner.setText(QCoreApplication.translate("ResultsPage", u"Vertrouwelijk \u2014 alleen voor de opbouwwerker; niet voor publicatie", None))
        self.tabs.setTabText(self.tabs.indexOf(self.networkTab), QCoreApplication.translate("ResultsPage", u"&Netwerk (vertrouwelijk)", None))
        self.followUpBanner.setText(QCoreApplication.translate("ResultsPage", u"Vertrouwelijk \u2014 alleen voor de opbouwwerker; niet voor publicatie", None))
        self.followUpIntro.setText(QCoreApplication.translate("ResultsPage", u"Bewoners om opnieuw te benaderen: wie ge\u00efsoleerd lijkt of om hulp vraagt. Alleen wie toestemming gaf om contact op te nemen, staat in deze lijst.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followUpTab), QCoreApplication.translate("ResultsPage", u"Op&volging (vertrouwelijk)", None))
        self.openAnswersBanner.setText(QCoreApplication.translate("ResultsPage", u"Vertrouwelijk \u2014 alleen voor de opbouwwerker; niet voor publicatie", None))
        self.openAnswersIntro.setText(QCoreApplication.translate("ResultsPage", u"Wat bewoners in hun eigen woorden antwoordden, per vraag: gelijke antwoorden samengevoegd, het vaakst gegeven antwoord bovenaan. Antwoorden kunnen namen noemen. Namen, telefoonnummers en verhalen staan hier niet (verhalen keurt u goed bij de citaten).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.openAnswersTab), QCoreApplication.translate("ResultsPage", u"Open &antwoorden (vertrouwelijk)", None))
    # retranslateUi

