package fr.apec.novapec.showcase.web;

import java.util.List;

import fr.apec.novapec.laureate.LaureateFilter;
import fr.apec.novapec.laureate.LaureateService;
import fr.apec.novapec.laureate.RegionFigures;
import fr.apec.novapec.reference.Region;
import fr.apec.novapec.reference.ReferenceDataService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The regions: the map and table of all 18, and a page per region with its laureates and figures. */
@Controller
class RegionController {

	/** How many of a region's laureates its page lists before linking to the filtered list. */
	static final int REGION_PAGE_SIZE = 24;

	private final LaureateService laureates;

	private final ReferenceDataService reference;

	RegionController(LaureateService laureates, ReferenceDataService reference) {
		this.laureates = laureates;
		this.reference = reference;
	}

	@GetMapping("/regions")
	String regions(Model model) {
		addMap(model, this.reference, this.laureates);
		return "showcase/regions";
	}

	@GetMapping("/regions/{code}")
	String region(@PathVariable String code, Model model) {
		Region region = this.reference.region(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RegionFigures figures = this.laureates.regionFigures()
			.stream()
			.filter((f) -> f.code().equals(code))
			.findFirst()
			.orElse(RegionFigures.none(code));
		model.addAttribute("region", region);
		model.addAttribute("figures", figures);
		model.addAttribute("page", this.laureates
			.search(new LaureateFilter(code, null, null, null, null, 1, REGION_PAGE_SIZE)));
		return "showcase/region";
	}

	/** Puts the map tiles, the legend bounds and the per-region table on the model. */
	static void addMap(Model model, ReferenceDataService reference, LaureateService laureates) {
		List<RegionFigures> figures = laureates.regionFigures();
		model.addAttribute("mapTiles", RegionMap.tiles(reference.regions(), figures));
		model.addAttribute("mapLevels", RegionMap.levelBounds(figures));
	}

}
