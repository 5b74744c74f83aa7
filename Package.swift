// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "TroLy",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "troly", targets: ["troly"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .target(name: "VietnameseText"),
    .target(
      name: "KnowledgeBase",
      dependencies: [
        "VietnameseText",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "Conversation",
      dependencies: [
        "VietnameseText",
        "KnowledgeBase",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(name: "Transcripts", dependencies: ["Conversation", "KnowledgeBase"]),
    .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
    .executableTarget(
      name: "troly",
      dependencies: [
        "CReadline",
        "VietnameseText",
        "KnowledgeBase",
        "Conversation",
        "Transcripts",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
    .testTarget(name: "ConversationTests", dependencies: ["Conversation", "KnowledgeBase"]),
    .testTarget(name: "TranscriptsTests", dependencies: ["Transcripts", "Conversation"]),
    .testTarget(name: "TrolyTests", dependencies: ["troly"]),
    .testTarget(
      name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
