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
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
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
        "CaseModel",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(name: "CaseModel"),
    .target(
      name: "CaseService",
      dependencies: [
        "CaseModel",
        "KnowledgeBase",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(
      name: "CaseClient",
      dependencies: [
        "CaseModel",
        "CaseService",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]
    ),
    .target(
      name: "Transcripts",
      dependencies: [
        "Conversation", "KnowledgeBase", "CaseModel", "CaseService", "CaseClient",
        .product(name: "Logging", package: "swift-log"),
      ]),
    .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
    .executableTarget(
      name: "troly",
      dependencies: [
        "CReadline",
        "VietnameseText",
        "KnowledgeBase",
        "Conversation",
        "Transcripts",
        "CaseModel",
        "CaseService",
        "CaseClient",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
    .testTarget(name: "ConversationTests", dependencies: ["Conversation", "KnowledgeBase"]),
    .testTarget(
      name: "TranscriptsTests", dependencies: ["Transcripts", "Conversation", "CaseModel"]),
    .testTarget(
      name: "TrolyTests",
      dependencies: [
        "troly", "Conversation", "CaseModel", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "CaseServiceTests",
      dependencies: [
        "CaseService", "CaseModel", "KnowledgeBase",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ]),
    .testTarget(name: "CaseModelTests", dependencies: ["CaseModel"]),
    .testTarget(
      name: "CaseClientTests",
      dependencies: [
        "CaseClient", "CaseService", "CaseModel", .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]),
    .testTarget(
      name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase", "VietnameseText"],
      exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
