using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ColdArchivePhotoLibraryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_WithLeadPhoto",
                table: "Articles",
                columns: new[] { "UpdatedAtUtc", "Id" },
                filter: "\"PhotoImagePath\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_WithSocialImage",
                table: "Articles",
                columns: new[] { "UpdatedAtUtc", "Id" },
                filter: "\"SocialImagePath\" <> ''");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_WithLeadPhoto",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_WithSocialImage",
                table: "Articles");
        }
    }
}
