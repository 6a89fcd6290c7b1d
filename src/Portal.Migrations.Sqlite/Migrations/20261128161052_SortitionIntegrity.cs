using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SortitionIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClaimToken",
                table: "SortitionDraws",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatUtc",
                table: "SortitionDraws",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "SortitionDraws",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "panel");

            migrationBuilder.AddColumn<DateTime>(
                name: "RandomnessUtc",
                table: "SortitionDraws",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RedrawReason",
                table: "SortitionDraws",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "SortitionDraws",
                type: "INTEGER",
                nullable: true);

            // Draws revealed before rounds existed: numbered in reveal order per process, randomness dated at the reveal.
            migrationBuilder.Sql("""
                UPDATE "SortitionDraws" SET "RandomnessUtc" = "DrawnUtc", "Round" = (
                    SELECT COUNT(*) FROM "SortitionDraws" AS o
                    WHERE o."ProcessSlug" = "SortitionDraws"."ProcessSlug" AND o."ResultCsv" IS NOT NULL
                      AND (o."DrawnUtc" < "SortitionDraws"."DrawnUtc" OR (o."DrawnUtc" = "SortitionDraws"."DrawnUtc" AND o."Id" <= "SortitionDraws"."Id")))
                WHERE "ResultCsv" IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_SortitionDraws_ProcessSlug_Purpose_Round",
                table: "SortitionDraws",
                columns: new[] { "ProcessSlug", "Purpose", "Round" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SortitionDraws_ProcessSlug_Purpose_Round",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "ClaimToken",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "HeartbeatUtc",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "RandomnessUtc",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "RedrawReason",
                table: "SortitionDraws");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "SortitionDraws");
        }
    }
}
