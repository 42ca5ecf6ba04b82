package web

import "github.com/gin-gonic/gin"

// searchRoutes mounts search, articles and topics.
func (h *handler) searchRoutes(api, ui *gin.RouterGroup) {}
