// SPDX-License-Identifier: MIT
#include "ui/RegionModel.h"
#include "ui/SpecialDayModel.h"
#include "ui/UserModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace sf;
using namespace sf::ui;

class ModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specialDaysAreOrderedByDate()
    {
        SpecialDayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDays({{QDate(2025, 10, 11), false, QStringLiteral("National Day")},
                       {QDate(2025, 1, 1), true, QStringLiteral("New Year")},
                       {QDate(2025, 1, 26), false, QStringLiteral("Spring Festival")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SpecialDayModel::ColumnCount));
        QCOMPARE(model.index(0, SpecialDayModel::DateColumn).data().toString(),
                 QStringLiteral("2025-01-01"));
        QCOMPARE(model.index(2, SpecialDayModel::NameColumn).data().toString(),
                 QStringLiteral("National Day"));
        QCOMPARE(model.index(0, SpecialDayModel::KindColumn).data().toString(),
                 QStringLiteral("Day off"));
        QCOMPARE(model.index(1, SpecialDayModel::KindColumn).data().toString(),
                 QStringLiteral("Make-up working day"));
        QCOMPARE(model.index(1, 0).data(SpecialDayModel::DateRole).toDate(), QDate(2025, 1, 26));
        QCOMPARE(model.rowOf(QDate(2025, 10, 11)), 2);
        QCOMPARE(model.rowOf(QDate(2025, 10, 12)), -1);
        QCOMPARE(model.countOffDays(), 1);
        QVERIFY(!model.day(3).has_value());
        model.setDays({});
        QCOMPARE(model.rowCount(), 0);
    }

    void regionsShowStatus()
    {
        RegionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegions({{QStringLiteral("SH"), QStringLiteral("Shanghai"), false, 2},
                          {QStringLiteral("HZ"), QStringLiteral("Hangzhou"), true, 1}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RegionModel::CodeColumn).data().toString(), QStringLiteral("HZ"));
        QCOMPARE(model.index(0, RegionModel::StatusColumn).data().toString(),
                 QStringLiteral("Active"));
        QCOMPARE(model.index(1, RegionModel::StatusColumn).data().toString(),
                 QStringLiteral("Inactive"));
        QCOMPARE(model.rowOf(QStringLiteral("SH")), 1);
        QCOMPARE(model.region(1)->version, 2);
        model.setRegions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void usersShowTranslatedRoles()
    {
        UserModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        User rep;
        rep.login = QStringLiteral("li.lei");
        rep.name = QStringLiteral("Li Lei");
        rep.role = Role::Rep;
        rep.senior = true;
        User admin;
        admin.login = QStringLiteral("admin");
        admin.name = QStringLiteral("Administrator");
        admin.role = Role::Admin;
        model.setUsers({rep, admin});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, UserModel::LoginColumn).data().toString(), QStringLiteral("admin"));
        QCOMPARE(model.index(1, UserModel::RoleColumn).data().toString(),
                 QStringLiteral("Sales rep"));
        QCOMPARE(model.index(1, UserModel::SeniorColumn).data().toString(),
                 QStringLiteral("Senior"));
        QCOMPARE(model.index(0, UserModel::SeniorColumn).data().toString(), QString());
    }
};

int runModelTests(int argc, char **argv)
{
    ModelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_Models.moc"
