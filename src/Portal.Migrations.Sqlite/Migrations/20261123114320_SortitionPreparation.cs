using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SortitionPreparation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BudgetSeconds",
                table: "SortitionDraws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedUtc",
                table: "SortitionDraws",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Method",
                table: "SortitionDraws",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Cells");

            migrationBuilder.AddColumn<string>(
                name: "PanelsCsv",
                table: "SortitionDraws",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProgressPercent",
                table: "SortitionDraws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RandomnessRule",
                table: "SortitionDraws",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "SortitionDraws",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Ready");

            migrationBuilder.AddColumn<string>(
                name: "StatusMessage",
                table: "SortitionDraws",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            // Draws made before preparations existed were committed at once: ready, created when committed.
            migrationBuilder.Sql("UPDATE \"SortitionDraws\" SET \"Method\" = 'Sequential' WHERE \"Algorithm\" = 'portal-sequentiel/1'");
            migrationBuilder.Sql("UPDATE \"SortitionDraws\" SET \"CreatedUtc\" = \"CommittedUtc\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BudgetSeconds",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "CreatedUtc",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "Method",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "PanelsCsv",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "ProgressPercent",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "RandomnessRule",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "StatusMessage",
                table: "SortitionDraws");
        }
    }
}
