using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveTrashAndPhotoIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_InTrash",
                table: "Articles",
                column: "DeletedAtUtc",
                filter: "\"DeletedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PhotoImagePath",
                table: "Articles",
                column: "PhotoImagePath");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SocialImagePath",
                table: "Articles",
                column: "SocialImagePath",
                filter: "\"SocialImagePath\" <> ''");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_InTrash",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_PhotoImagePath",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SocialImagePath",
                table: "Articles");
        }
    }
}
