//go:build !unix

package lagesbild

import "errors"

func freeSpace(string) (uint64, error) { return 0, errors.ErrUnsupported }
