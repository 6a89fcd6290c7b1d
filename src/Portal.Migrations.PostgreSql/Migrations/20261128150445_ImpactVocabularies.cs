using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ImpactVocabularies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The decision and follow-up vocabularies leave the site document for the Processes module's own row.
            migrationBuilder.Sql("INSERT INTO \"SiteSettings\" (\"Key\", \"Value\", \"ModifiedUtc\") SELECT 'vocabulaires', jsonb_strip_nulls(jsonb_build_object('decisions', \"Value\"::jsonb -> 'decisions', 'followUpStatuses', \"Value\"::jsonb -> 'followUpStatuses'))::text, \"ModifiedUtc\" FROM \"SiteSettings\" WHERE \"Key\" = 'site' AND (\"Value\"::jsonb ? 'decisions' OR \"Value\"::jsonb ? 'followUpStatuses') AND NOT EXISTS (SELECT 1 FROM \"SiteSettings\" WHERE \"Key\" = 'vocabulaires')");
            migrationBuilder.Sql("UPDATE \"SiteSettings\" SET \"Value\" = (\"Value\"::jsonb - 'decisions' - 'followUpStatuses')::text WHERE \"Key\" = 'site'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"SiteSettings\" SET \"Value\" = (\"Value\"::jsonb || (SELECT v.\"Value\"::jsonb FROM \"SiteSettings\" v WHERE v.\"Key\" = 'vocabulaires'))::text WHERE \"Key\" = 'site' AND EXISTS (SELECT 1 FROM \"SiteSettings\" v WHERE v.\"Key\" = 'vocabulaires')");
            migrationBuilder.Sql("DELETE FROM \"SiteSettings\" WHERE \"Key\" = 'vocabulaires'");
        }
    }
}
