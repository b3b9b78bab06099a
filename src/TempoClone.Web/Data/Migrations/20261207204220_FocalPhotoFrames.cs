using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FocalPhotoFrames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PhotoFrames",
                columns: table => new
                {
                    PhotoPath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FocusX = table.Column<int>(type: "INTEGER", nullable: false),
                    FocusY = table.Column<int>(type: "INTEGER", nullable: false),
                    CropLeft = table.Column<int>(type: "INTEGER", nullable: false),
                    CropTop = table.Column<int>(type: "INTEGER", nullable: false),
                    CropRight = table.Column<int>(type: "INTEGER", nullable: false),
                    CropBottom = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhotoFrames", x => x.PhotoPath);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PhotoFrames");
        }
    }
}
