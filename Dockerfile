# syntax=docker/dockerfile:1
# Lägesbild: one static binary on a distroless image, run as a non-root user.

FROM golang:1.26 AS build
WORKDIR /src
# Modules first, so that a code change does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
# Pure Go (the embedded SQLite needs no cgo): a static binary.
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" \
        -o /out/lagesbild ./cmd/lagesbild \
    && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/lagesbild /usr/local/bin/lagesbild
# The data dir holds the search index (and the SQLite file when DATABASE_URL is empty).
COPY --from=build --chown=65532:65532 /out/data /data
ENV LAGESBILD_DATA_DIR=/data \
    LAGESBILD_ADDR=0.0.0.0:8080
VOLUME /data
EXPOSE 8080
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/lagesbild"]
CMD ["serve"]
