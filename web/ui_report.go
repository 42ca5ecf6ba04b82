package web

import "github.com/gin-gonic/gin"

// reportRoutes mounts the lägesbild report: its API and its pages.
func (h *handler) reportRoutes(api, ui *gin.RouterGroup) {}
