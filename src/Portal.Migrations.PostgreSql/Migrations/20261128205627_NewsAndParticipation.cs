using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class NewsAndParticipation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HasParticipation",
                table: "ProcessIndex",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegistrationDeadline",
                table: "ProcessIndex",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NewsIndex",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ProcessId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ImageId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ImageAlt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsIndex", x => x.ContentItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NewsIndex_Date_PublishedUtc",
                table: "NewsIndex",
                columns: new[] { "Date", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsIndex_ProcessId",
                table: "NewsIndex",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsIndex_Slug",
                table: "NewsIndex",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NewsIndex");

            migrationBuilder.DropColumn(
                name: "HasParticipation",
                table: "ProcessIndex");

            migrationBuilder.DropColumn(
                name: "RegistrationDeadline",
                table: "ProcessIndex");
        }
    }
}
