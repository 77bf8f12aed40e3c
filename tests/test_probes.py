"""Probes: ordinary sentences of the field, each stating its facts in one of the ways news
writes them (asides, references, passives, lists, roles, sites, shares, power-sized deals),
and the status and sum each phrasing of a deal gives. Written to find what the rules miss in
plain English rather than in any one article; every case here is read right and must stay so."""

from __future__ import annotations

import pytest
from extract_helpers import extract, facts

FACTS = [
    (
        "Cohere raised $500 million. Nvidia, Oracle and Salesforce Ventures took part.",
        [
            ("invests_in", "nvidia", "cohere"),
            ("invests_in", "oracle", "cohere"),
            ("invests_in", "salesforce ventures", "cohere"),
        ],
    ),
    (
        "Cohere raised $500 million. Investors in the round include Nvidia and Oracle.",
        [("invests_in", "nvidia", "cohere"), ("invests_in", "oracle", "cohere")],
    ),
    (
        "Cohere raised $500 million in a round that included Nvidia and Oracle.",
        [("invests_in", "nvidia", "cohere"), ("invests_in", "oracle", "cohere")],
    ),
    (
        "Cohere, whose backers include Nvidia and Oracle, raised $500 million.",
        [("invests_in", "nvidia", "cohere"), ("invests_in", "oracle", "cohere")],
    ),
    (
        "Nvidia and Oracle are among Cohere's investors.",
        [("invests_in", "nvidia", "cohere"), ("invests_in", "oracle", "cohere")],
    ),
    (
        "Cohere counts Nvidia and Oracle as investors.",
        [("invests_in", "nvidia", "cohere"), ("invests_in", "oracle", "cohere")],
    ),
    ("Nvidia has a stake in Cohere.", [("invests_in", "nvidia", "cohere")]),
    ("Nvidia owns about 7% of CoreWeave.", [("invests_in", "nvidia", "coreweave")]),
    ("Nvidia is CoreWeave's largest shareholder.", [("invests_in", "nvidia", "coreweave")]),
    (
        "Anthropic trains its Claude models on Amazon's Trainium chips.",
        [("uses_chip", "anthropic", "trainium")],
    ),
    ("Anthropic's models are trained on Trainium.", [("uses_chip", "anthropic", "trainium")]),
    ("Trainium powers Anthropic's models.", [("uses_chip", "anthropic", "trainium")]),
    ("The chips, Nvidia's H100s, will be used by xAI.", [("uses_chip", "xai", "h100")]),
    ("xAI's Colossus cluster runs on 200,000 Nvidia GPUs.", [("uses_chip", "xai", "nvidia gpus")]),
    (
        "Microsoft is deploying Maia 200 in its data centers.",
        [("uses_chip", "microsoft", "maia 200")],
    ),
    (
        "OpenAI will spend $300 billion on Oracle cloud capacity over five years.",
        [("compute_commitment", "openai", "oracle")],
    ),
    ("OpenAI is Oracle's largest cloud customer.", [("compute_commitment", "openai", "oracle")]),
    (
        "Oracle counts OpenAI among its cloud customers.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "CoreWeave will provide Meta with $14 billion of computing capacity.",
        [("compute_commitment", "meta", "coreweave")],
    ),
    (
        "Meta inked a $14 billion pact with CoreWeave for AI computing power.",
        [("compute_commitment", "meta", "coreweave")],
    ),
    (
        "Under the agreement, Meta will pay CoreWeave up to $14 billion for compute.",
        [("compute_commitment", "meta", "coreweave")],
    ),
    ("TSMC manufactures Nvidia's Blackwell chips.", [("manufactures_chip", "tsmc", "blackwell")]),
    ("Nvidia's Blackwell chips are made by TSMC.", [("manufactures_chip", "tsmc", "blackwell")]),
    ("Blackwell is produced on TSMC's 4NP process.", [("manufactures_chip", "tsmc", "blackwell")]),
    ("Google designed the TPU in-house.", [("designs_chip", "google", "tpu")]),
    ("The TPU, designed by Google, powers Gemini.", [("designs_chip", "google", "tpu")]),
    ("SoftBank has pledged $40 billion to OpenAI.", [("invests_in", "softbank", "openai")]),
    ("OpenAI received $40 billion from SoftBank.", [("invests_in", "softbank", "openai")]),
    ("OpenAI's $40 billion round was led by SoftBank.", [("invests_in", "softbank", "openai")]),
    ("SoftBank is leading OpenAI's $40 billion round.", [("invests_in", "softbank", "openai")]),
    ("SoftBank poured $40 billion into OpenAI.", [("invests_in", "softbank", "openai")]),
    ("SoftBank is OpenAI's biggest backer.", [("invests_in", "softbank", "openai")]),
    (
        "Anthropic tapped Google Cloud for up to one million TPUs.",
        [("uses_chip", "anthropic", "tpu"), ("compute_commitment", "anthropic", "google")],
    ),
    (
        "Anthropic will get access to up to one million TPUs from Google.",
        [("uses_chip", "anthropic", "tpu")],
    ),
    (
        "Google will provide Anthropic with up to one million TPUs.",
        [("uses_chip", "anthropic", "tpu")],
    ),
    ("Anthropic is expanding its use of Google Cloud TPUs.", [("uses_chip", "anthropic", "tpu")]),
    (
        "The deal, which is worth $10 billion, will see OpenAI buy capacity from Cerebras.",
        [("compute_commitment", "openai", "cerebras")],
    ),
    (
        "OpenAI struck a deal worth more than $10 billion with Cerebras for 750 megawatts of computing power.",  # noqa: E501
        [("compute_commitment", "openai", "cerebras")],
    ),
    (
        "As part of the agreement, OpenAI will purchase 750 megawatts of compute from Cerebras.",
        [("compute_commitment", "openai", "cerebras")],
    ),
    (
        "OpenAI and Cerebras signed a multiyear agreement under which OpenAI will buy 750 megawatts of compute.",  # noqa: E501
        [("compute_commitment", "openai", "cerebras")],
    ),
    (
        "Cerebras will provide 750 megawatts of compute to OpenAI through 2028.",
        [("compute_commitment", "openai", "cerebras")],
    ),
    (
        "Cerebras has landed OpenAI as a customer for its wafer-scale systems.",
        [("compute_commitment", "openai", "cerebras")],
    ),
    (
        "The investment was led by Andreessen Horowitz, with Nvidia and Sequoia also participating, Mistral said.",  # noqa: E501
        [
            ("invests_in", "andreessen horowitz", "mistral ai"),
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "sequoia capital", "mistral ai"),
        ],
    ),
    (
        "Mistral AI said on Tuesday it had raised 600 million euros. The investment was led by General Catalyst, with Nvidia and Sequoia also participating.",  # noqa: E501
        [
            ("invests_in", "general catalyst", "mistral ai"),
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "sequoia capital", "mistral ai"),
        ],
    ),
    (
        "Mistral AI said on Tuesday it had raised 600 million euros from investors including Nvidia and Samsung.",  # noqa: E501
        [("invests_in", "nvidia", "mistral ai"), ("invests_in", "samsung", "mistral ai")],
    ),
    (
        "Existing investors Nvidia and Samsung also joined Mistral AI's round.",
        [("invests_in", "nvidia", "mistral ai"), ("invests_in", "samsung", "mistral ai")],
    ),
    (
        "The Series C round saw participation from Nvidia, Samsung and Cisco, Mistral AI said.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Among the backers are Nvidia, Samsung and Cisco.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Backers include Nvidia, Samsung and Cisco.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco also invested.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco joined the round as well.",  # noqa: E501
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Other participants included Nvidia, Samsung and Cisco.",  # noqa: E501
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros, with Nvidia, Samsung and Cisco among the investors.",  # noqa: E501
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. The round drew Nvidia, Samsung and Cisco.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. The round attracted Nvidia, Samsung and Cisco.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco chipped in.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco came in as new investors.",  # noqa: E501
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco wrote checks.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. The company's investors now include Nvidia, Samsung and Cisco.",  # noqa: E501
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco put money in too.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco were among those investing.",  # noqa: E501
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco also backed the round.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco co-invested.",
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Mistral AI has raised 600 million euros. Nvidia, Samsung and Cisco rounded out the investor group.",  # noqa: E501
        [
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "samsung", "mistral ai"),
            ("invests_in", "cisco", "mistral ai"),
        ],
    ),
    (
        "Meta has deployed hundreds of thousands of Nvidia H100 GPUs across its data centers.",
        [("uses_chip", "meta", "h100")],
    ),
    (
        "Meta's data centers house hundreds of thousands of Nvidia H100 GPUs.",
        [("uses_chip", "meta", "h100")],
    ),
    ("Meta's Llama models were trained on Nvidia H100 GPUs.", [("uses_chip", "meta", "h100")]),
    ("Meta is among the biggest buyers of Nvidia's H100.", [("uses_chip", "meta", "h100")]),
    ("Meta is one of Nvidia's largest H100 customers.", [("uses_chip", "meta", "h100")]),
    ("Meta took delivery of its first Nvidia GB200 systems.", [("uses_chip", "meta", "gb200")]),
    ("Meta placed an order for 100,000 Nvidia GB200 chips.", [("uses_chip", "meta", "gb200")]),
    ("Meta has ordered 100,000 GB200 chips from Nvidia.", [("uses_chip", "meta", "gb200")]),
    ("Nvidia will ship 100,000 GB200 chips to Meta.", [("uses_chip", "meta", "gb200")]),
    (
        "Meta's new cluster is built with 100,000 Nvidia GB200 chips.",
        [("uses_chip", "meta", "gb200")],
    ),
    (
        "The cluster Meta is building will contain 100,000 Nvidia GB200 chips.",
        [("uses_chip", "meta", "gb200")],
    ),
    (
        "Microsoft unveiled Maia 200, its second-generation AI accelerator.",
        [("designs_chip", "microsoft", "maia 200")],
    ),
    ("Maia 200 is Microsoft's newest AI chip.", [("designs_chip", "microsoft", "maia 200")]),
    (
        "Microsoft's Maia 200 is built on TSMC's 3nm process.",
        [("manufactures_chip", "tsmc", "maia 200")],
    ),
    ("TSMC will produce Maia 200 on its 3nm node.", [("manufactures_chip", "tsmc", "maia 200")]),
    (
        "Samsung Foundry won an order to make Tesla's AI5 chips.",
        [("manufactures_chip", "samsung", "ai5")],
    ),
    (
        "Tesla tapped Samsung to manufacture its AI6 chip.",
        [("manufactures_chip", "samsung", "ai6")],
    ),
    (
        "OpenAI is working with Broadcom to design its first custom chip, Titan.",
        [("designs_chip", "broadcom", "titan"), ("designs_chip", "openai", "titan")],
    ),
    (
        "Anthropic will have access to up to one million Google TPUs under the deal, worth tens of billions of dollars.",  # noqa: E501
        [("uses_chip", "anthropic", "tpu")],
    ),
    (
        "The companies said Anthropic will use as many as one million TPUs.",
        [("uses_chip", "anthropic", "tpu")],
    ),
    (
        "Anthropic currently uses a mix of Google TPUs, Amazon Trainium and Nvidia GPUs.",
        [
            ("uses_chip", "anthropic", "tpu"),
            ("uses_chip", "anthropic", "trainium"),
            ("uses_chip", "anthropic", "nvidia gpus"),
        ],
    ),
    (
        "Anthropic's compute strategy spans three chip platforms: Google's TPUs, Amazon's Trainium and Nvidia's GPUs.",  # noqa: E501
        [
            ("uses_chip", "anthropic", "tpu"),
            ("uses_chip", "anthropic", "trainium"),
            ("uses_chip", "anthropic", "nvidia gpus"),
        ],
    ),
    (
        "Microsoft has signed contracts worth more than $60 billion with neoclouds including Nscale, Nebius and IREN.",  # noqa: E501
        [
            ("compute_commitment", "microsoft", "nscale"),
            ("compute_commitment", "microsoft", "nebius"),
            ("compute_commitment", "microsoft", "iren"),
        ],
    ),
    (
        "IREN signed a five-year, $9.7 billion contract to provide Microsoft with access to Nvidia GB300 GPUs.",  # noqa: E501
        [("compute_commitment", "microsoft", "iren")],
    ),
    (
        "Microsoft will pay IREN $9.7 billion over five years for access to Nvidia GB300 GPUs.",
        [("compute_commitment", "microsoft", "iren")],
    ),
    ("Nvidia designs the Blackwell GPU.", [("designs_chip", "nvidia", "blackwell")]),
    ("Blackwell is Nvidia's latest GPU architecture.", [("designs_chip", "nvidia", "blackwell")]),
    (
        "AMD unveiled its MI450 accelerator on Thursday.",
        [("designs_chip", "amd", "instinct mi450")],
    ),
    (
        "Google launched Ironwood, its seventh-generation TPU.",
        [("designs_chip", "google", "ironwood")],
    ),
    ("Amazon's Annapurna Labs designs Trainium.", [("designs_chip", "amazon", "trainium")]),
    (
        "Trainium3 was developed by Amazon's chip unit Annapurna Labs.",
        [("designs_chip", "amazon", "trainium3")],
    ),
    ("Broadcom co-designed Google's TPUs.", [("designs_chip", "broadcom", "tpu")]),
    ("Google's TPUs are co-designed with Broadcom.", [("designs_chip", "broadcom", "tpu")]),
    (
        "TSMC will manufacture the MI450 on its N2 process.",
        [("manufactures_chip", "tsmc", "instinct mi450")],
    ),
    (
        "The MI450 will be made on TSMC's 2nm node.",
        [("manufactures_chip", "tsmc", "instinct mi450")],
    ),
    (
        "Samsung will fabricate Tesla's AI5 at its Texas fab.",
        [("manufactures_chip", "samsung", "ai5")],
    ),
    (
        "Microsoft's Maia 2 will be made by Intel on 18A.",
        [("manufactures_chip", "intel", "maia 2")],
    ),
    (
        "xAI built Colossus in Memphis. The supercomputer houses 200,000 Nvidia H100 GPUs.",
        [("uses_chip", "xai", "h100")],
    ),
    (
        "xAI's Colossus supercomputer houses 200,000 Nvidia H100 GPUs.",
        [("uses_chip", "xai", "h100")],
    ),
    (
        "Colossus, xAI's supercomputer in Memphis, houses 200,000 Nvidia H100 GPUs.",
        [("uses_chip", "xai", "h100")],
    ),
    (
        "Microsoft is building Fairwater in Wisconsin. The data center will house hundreds of thousands of Nvidia GB200 chips.",  # noqa: E501
        [("uses_chip", "microsoft", "gb200")],
    ),
    (
        "Microsoft's Fairwater data center will house hundreds of thousands of Nvidia GB200 chips.",
        [("uses_chip", "microsoft", "gb200")],
    ),
    (
        "Deutsche Telekom opened an AI factory in Munich. The facility runs on 10,000 Nvidia Blackwell GPUs.",  # noqa: E501
        [("uses_chip", "deutsche telekom", "blackwell")],
    ),
    (
        "Deutsche Telekom's new AI factory in Munich is equipped with 10,000 Nvidia Blackwell GPUs.",  # noqa: E501
        [("uses_chip", "deutsche telekom", "blackwell")],
    ),
    (
        "The AI factory, built by Deutsche Telekom, is equipped with 10,000 Nvidia Blackwell GPUs.",
        [("uses_chip", "deutsche telekom", "blackwell")],
    ),
    (
        "Humain's first data centers will use 18,000 Nvidia GB300 chips.",
        [("uses_chip", "humain", "gb300")],
    ),
    (
        "The GB300 chips will be used in Humain's first deployment.",
        [("uses_chip", "humain", "gb300")],
    ),
    (
        "Humain plans to deploy several hundred thousand Nvidia GPUs over five years.",
        [("uses_chip", "humain", "nvidia gpus")],
    ),
    ("Nvidia holds a 7% stake in CoreWeave.", [("invests_in", "nvidia", "coreweave")]),
    (
        "Nvidia, which holds a 7% stake in CoreWeave, also rents its servers.",
        [("invests_in", "nvidia", "coreweave")],
    ),
    (
        "CoreWeave, in which Nvidia holds a 7% stake, rents out GPUs.",
        [("invests_in", "nvidia", "coreweave")],
    ),
    ("CoreWeave, partly owned by Nvidia, rents out GPUs.", [("invests_in", "nvidia", "coreweave")]),
    ("Nvidia-backed CoreWeave rents out GPUs.", [("invests_in", "nvidia", "coreweave")]),
    (
        "CoreWeave, an Nvidia-backed cloud provider, rents out GPUs.",
        [("invests_in", "nvidia", "coreweave")],
    ),
    ("CoreWeave counts Nvidia among its shareholders.", [("invests_in", "nvidia", "coreweave")]),
    ("Nvidia acquired a stake in CoreWeave in 2023.", [("invests_in", "nvidia", "coreweave")]),
    ("Nvidia took a stake in CoreWeave in 2023.", [("invests_in", "nvidia", "coreweave")]),
    (
        "Nvidia bought shares of CoreWeave worth $250 million.",
        [("invests_in", "nvidia", "coreweave")],
    ),
    (
        "Nvidia bought $250 million of CoreWeave shares in its IPO.",
        [("invests_in", "nvidia", "coreweave")],
    ),
    ("Nvidia is an investor in CoreWeave.", [("invests_in", "nvidia", "coreweave")]),
    ("Nvidia is one of CoreWeave's investors.", [("invests_in", "nvidia", "coreweave")]),
    (
        "Nvidia, an early investor in CoreWeave, rents its servers.",
        [("invests_in", "nvidia", "coreweave")],
    ),
    ("Nvidia has backed CoreWeave since 2023.", [("invests_in", "nvidia", "coreweave")]),
    ("Nvidia has funded CoreWeave since 2023.", [("invests_in", "nvidia", "coreweave")]),
    ("Nvidia has financed CoreWeave since 2023.", [("invests_in", "nvidia", "coreweave")]),
    ("Nvidia's investment in CoreWeave has paid off.", [("invests_in", "nvidia", "coreweave")]),
    (
        "Microsoft has poured more than $13 billion into OpenAI.",
        [("invests_in", "microsoft", "openai")],
    ),
    ("Microsoft has plowed $13 billion into OpenAI.", [("invests_in", "microsoft", "openai")]),
    ("Microsoft has sunk $13 billion into OpenAI.", [("invests_in", "microsoft", "openai")]),
    (
        "Microsoft has bankrolled OpenAI to the tune of $13 billion.",
        [("invests_in", "microsoft", "openai")],
    ),
    ("Microsoft owns 27% of OpenAI.", [("invests_in", "microsoft", "openai")]),
    ("Microsoft owns a 27% stake in OpenAI.", [("invests_in", "microsoft", "openai")]),
    (
        "Microsoft's 27% stake in OpenAI is worth $135 billion.",
        [("invests_in", "microsoft", "openai")],
    ),
    (
        "OpenAI, 27% owned by Microsoft, is worth $500 billion.",
        [("invests_in", "microsoft", "openai")],
    ),
    (
        "Amazon doubled its investment in Anthropic to $8 billion.",
        [("invests_in", "amazon", "anthropic")],
    ),
    ("Amazon upped its stake in Anthropic.", [("invests_in", "amazon", "anthropic")]),
    (
        "Google topped up its investment in Anthropic with $1 billion.",
        [("invests_in", "google", "anthropic")],
    ),
    (
        "Google agreed to provide Anthropic with $1 billion in new funding.",
        [("invests_in", "google", "anthropic")],
    ),
    (
        "Anthropic secured $1 billion in fresh funding from Google.",
        [("invests_in", "google", "anthropic")],
    ),
    (
        "Anthropic landed a $1 billion investment from Google.",
        [("invests_in", "google", "anthropic")],
    ),
    ("OpenAI will rent servers from Oracle.", [("compute_commitment", "openai", "oracle")]),
    ("OpenAI will lease capacity from Oracle.", [("compute_commitment", "openai", "oracle")]),
    (
        "OpenAI contracted Oracle for 4.5 gigawatts of capacity.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "OpenAI tapped Oracle for 4.5 gigawatts of capacity.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "OpenAI turned to Oracle for more computing power.",
        [("compute_commitment", "openai", "oracle")],
    ),
    ("OpenAI chose Oracle to supply its compute.", [("compute_commitment", "openai", "oracle")]),
    ("OpenAI selected Oracle as a cloud provider.", [("compute_commitment", "openai", "oracle")]),
    ("OpenAI added Oracle as a cloud provider.", [("compute_commitment", "openai", "oracle")]),
    ("Oracle will host OpenAI's workloads.", [("compute_commitment", "openai", "oracle")]),
    (
        "Oracle will provide computing capacity to OpenAI.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "Oracle won a contract to supply OpenAI with compute.",
        [("compute_commitment", "openai", "oracle")],
    ),
    ("Oracle landed OpenAI as a cloud customer.", [("compute_commitment", "openai", "oracle")]),
    ("Oracle signed up OpenAI as a customer.", [("compute_commitment", "openai", "oracle")]),
    ("Oracle inked a $300 billion deal with OpenAI.", [("compute_commitment", "openai", "oracle")]),
    (
        "Oracle struck a $300 billion compute deal with OpenAI.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "The $300 billion Oracle-OpenAI deal starts in 2027.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "OpenAI's $300 billion contract with Oracle starts in 2027.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "Under its contract with Oracle, OpenAI will pay $300 billion.",
        [("compute_commitment", "openai", "oracle")],
    ),
    ("OpenAI is one of Oracle's biggest customers.", [("compute_commitment", "openai", "oracle")]),
    (
        "OpenAI has become a major Oracle Cloud customer.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "OpenAI runs its models on Oracle Cloud Infrastructure.",
        [("compute_commitment", "openai", "oracle")],
    ),
    ("OpenAI trains its models on Oracle's cloud.", [("compute_commitment", "openai", "oracle")]),
    (
        "OpenAI moved some workloads to Oracle's cloud.",
        [("compute_commitment", "openai", "oracle")],
    ),
    ("OpenAI expanded its use of Oracle's cloud.", [("compute_commitment", "openai", "oracle")]),
    (
        "OpenAI expanded its partnership with Oracle by 4.5 gigawatts.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "OpenAI committed $300 billion to Oracle for computing capacity.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "OpenAI's spending on Oracle's cloud will reach $300 billion.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "Mistral's round was led by Lightspeed, with support from the company's existing "
        "shareholders, and chipmakers Nvidia and AMD.",
        [
            ("invests_in", "lightspeed venture partners", "mistral ai"),
            ("invests_in", "nvidia", "mistral ai"),
            ("invests_in", "amd", "mistral ai"),
        ],
    ),
    (
        "Cohere raised $500 million in a round backed once again by Nvidia and Oracle.",
        [("invests_in", "nvidia", "cohere"), ("invests_in", "oracle", "cohere")],
    ),
    (
        "Nebius is building a campus in Finland, with Microsoft set to be the anchor customer.",
        [("compute_commitment", "microsoft", "nebius")],
    ),
    (
        "Mistral spreads its workloads across Google TPUs and Nvidia GPUs.",
        [("uses_chip", "mistral ai", "tpu"), ("uses_chip", "mistral ai", "nvidia gpus")],
    ),
    (
        "Mistral trains its models on Nvidia-powered servers.",
        [("uses_chip", "mistral ai", "nvidia gpus")],
    ),
    (
        "Meta is reportedly in talks to access billions of dollars worth of Google TPUs.",
        [("compute_commitment", "meta", "google"), ("uses_chip", "meta", "tpu")],
    ),
    (
        "Meta will deploy Nvidia-designed accelerators in its new cluster.",
        [("uses_chip", "meta", "nvidia gpus")],
    ),
    (
        "Meta's custom MTIA chips, built with Broadcom and TSMC, are being tested.",
        [("designs_chip", "broadcom", "mtia"), ("manufactures_chip", "tsmc", "mtia")],
    ),
    (
        "OpenAI will receive $350 million worth of equity in CoreWeave.",
        [("invests_in", "openai", "coreweave")],
    ),
    (
        "Last spring, Nvidia made its intentions clear by dropping a staggering $2 billion "
        "investment into Nebius.",
        [("invests_in", "nvidia", "nebius")],
    ),
    (
        "SoftBank is the majority owner of British chip designer Arm.",
        [("invests_in", "softbank", "arm")],
    ),
    (
        "SoftBank is an investor in AI startup Mistral.",
        [("invests_in", "softbank", "mistral ai")],
    ),
    (
        "Nvidia will receive a 3% equity stake in Mistral.",
        [("invests_in", "nvidia", "mistral ai")],
    ),
    (
        "OpenAI has secured $1.4 trillion in infrastructure commitments through deals with "
        "Nvidia, Broadcom and Oracle.",
        [
            ("compute_commitment", "openai", "nvidia"),
            ("compute_commitment", "openai", "broadcom"),
            ("compute_commitment", "openai", "oracle"),
        ],
    ),
    (
        "Microsoft would hold a stake of about $135 billion - or 27% - in OpenAI.",
        [("invests_in", "microsoft", "openai")],
    ),
    (
        "Stargate, a joint venture created by OpenAI, SoftBank and Oracle, raised debt.",
        [
            ("invests_in", "openai", "stargate"),
            ("invests_in", "softbank", "stargate"),
            ("invests_in", "oracle", "stargate"),
        ],
    ),
    (
        "The kingdom has launched a new state-owned company, Humain, with backing from the "
        "Public Investment Fund.",
        [("invests_in", "public investment fund", "humain")],
    ),
    (
        "Microsoft faces questions after committing up to $5 billion to OpenAI rival Anthropic.",
        [("invests_in", "microsoft", "anthropic")],
    ),
    (
        "In addition to the OpenAI deal, Nvidia stressed its $5 billion commitment to invest "
        "in Intel.",
        [("invests_in", "nvidia", "intel")],
    ),
    (
        "Humain will build data centres in Riyadh. These facilities will house thousands of "
        "Nvidia GPUs.",
        [("uses_chip", "humain", "nvidia gpus")],
    ),
    (
        "Google relies on its own TPUs, while companies like Meta discuss their reliance on "
        "Nvidia GPUs.",
        [("uses_chip", "meta", "nvidia gpus")],
    ),
    # round thirty-seven
    (
        "Nvidia was announced as an investor in xAI's $6bn Series C funding round.",
        [("invests_in", "nvidia", "xai")],
    ),
    (
        "Microsoft had infused nearly $14 billion into OpenAI.",
        [("invests_in", "microsoft", "openai")],
    ),
    (
        "AMD said it would sell up to $60 billion in AI chips to Meta.",
        [("designs_chip", "amd", "amd gpus")],
    ),
    (
        "Nvidia plans to sell 1 million chips to Saudi Arabia's Humain.",
        [("uses_chip", "humain", "nvidia gpus")],
    ),
    (
        "Nvidia was seeing near-endless demand for its artificial intelligence chips.",
        [("designs_chip", "nvidia", "nvidia gpus")],
    ),
    (
        "Marvell lost Amazon's Trainium3 and 4 designs to Alchip.",
        [("designs_chip", "amazon", "trainium3"), ("designs_chip", "amazon", "trainium4")],
    ),
    (
        "HongShan and ZhenFund were involved in Moonshot AI's seed funding.",
        [("invests_in", "hongshan", "moonshot ai"), ("invests_in", "zhenfund", "moonshot ai")],
    ),
    (
        "Humain, launched earlier this year and owned by the Saudi Public Investment Fund, plans "
        "data centers.",
        [("invests_in", "public investment fund", "humain")],
    ),
    # round thirty-eight
    (
        "Microsoft and Nvidia are committing to invest up to a combined $15 billion in Anthropic.",
        [("invests_in", "microsoft", "anthropic"), ("invests_in", "nvidia", "anthropic")],
    ),
    (
        "Amazon and Google have become key supporters of Anthropic.",
        [("invests_in", "amazon", "anthropic"), ("invests_in", "google", "anthropic")],
    ),
    (
        "Anthropic is backed by Amazon, while Microsoft and Nvidia have invested billions into "
        "its main rival, OpenAI.",
        [("invests_in", "microsoft", "openai"), ("invests_in", "nvidia", "openai")],
    ),
    (
        "Mubadala Capital, along with US investment firm Valor Equity Partners, took the lead in "
        "Crusoe's latest funding round.",
        [("invests_in", "mubadala", "crusoe"), ("invests_in", "valor equity partners", "crusoe")],
    ),
    (
        "Tenstorrent announced the funding and named Samsung and AWF Partners as investors.",
        [("invests_in", "samsung", "tenstorrent"), ("invests_in", "awf partners", "tenstorrent")],
    ),
    (
        "Fractile has attracted backing from Kindred Capital, the NATO Innovation Fund, and "
        "Oxford Science Enterprises.",
        [
            ("invests_in", "kindred capital", "fractile"),
            ("invests_in", "nato innovation fund", "fractile"),
            ("invests_in", "oxford science enterprises", "fractile"),
        ],
    ),
    (
        "Reflection AI, an open-model lab Nvidia backed with an $800 million investment, secured "
        "access to new chips.",
        [("invests_in", "nvidia", "reflection ai")],
    ),
    ("Meta uses its in-house MTIA chips for ranking.", [("uses_chip", "meta", "mtia")]),
    (
        "Nvidia, whose chips power OpenAI's models, declined to comment.",
        [("uses_chip", "openai", "nvidia gpus")],
    ),
    (
        "The lab bought a tranche of Nvidia chips that SpaceX had purchased.",
        [("uses_chip", "spacex", "nvidia gpus")],
    ),
    (
        "Meta signed a deal with Nvidia to buy current and future AI chips.",
        [("uses_chip", "meta", "nvidia gpus")],
    ),
    (
        "Meta spends billions each year buying GPUs from external partners, including Nvidia.",
        [("uses_chip", "meta", "nvidia gpus")],
    ),
    (
        "Zentrix AI will rent 20,000 Nvidia H200 GPUs from Qorvant Cloud.",
        [
            ("compute_commitment", "zentrix ai", "qorvant cloud"),
            ("uses_chip", "zentrix ai", "h200"),
        ],
    ),
    (
        "Veltrano unveiled its Helix-2 inference accelerator, which will be manufactured by TSMC.",
        [("designs_chip", "veltrano", "helix-2"), ("manufactures_chip", "tsmc", "helix-2")],
    ),
    # names the registry lacks, typed by what the sentence says they do
    (
        "Qorvant signed a multiyear agreement to supply Brightline Robotics with GPU capacity.",
        [("compute_commitment", "brightline robotics", "qorvant")],
    ),
    (
        "Brightline Robotics has agreed to pay Qorvant $1.2 billion over four years for access "
        "to Nvidia Blackwell GPUs.",
        [("compute_commitment", "brightline robotics", "qorvant")],
    ),
    ("Orrin Ventures has backed Qorvant.", [("invests_in", "orrin ventures", "qorvant")]),
    (
        "Sakuragi Data will install 5,000 Nvidia B300 GPUs at its Osaka facility.",
        [("uses_chip", "sakuragi data", "b300")],
    ),
    (
        "Najm Data Centers will host 20,000 AMD MI355X GPUs for Poolside.",
        [("compute_commitment", "poolside", "najm data centers")],
    ),
    (
        "Poolside signed an MoU with CoreWeave for 500 megawatts of capacity.",
        [("compute_commitment", "poolside", "coreweave")],
    ),
    (
        "Halvorsen-backed Fjordmind raises $60 million to rent more GPUs.",
        [("invests_in", "halvorsen", "fjordmind")],
    ),
    (
        "Fjordmind lands $60 million from Halvorsen Capital, Kestrel Partners.",
        [
            ("invests_in", "halvorsen capital", "fjordmind"),
            ("invests_in", "kestrel partners", "fjordmind"),
        ],
    ),
    (
        "Fjordmind (backed by Accel) raised $60 million.",
        [("invests_in", "accel", "fjordmind")],
    ),
    (
        "Veltrix secured $200 million from Microsoft's M12 and Samsung.",
        [("invests_in", "m12", "veltrix"), ("invests_in", "samsung", "veltrix")],
    ),
    (
        "Veltrix Cloud signed a $3 billion deal with Brennor.",
        [("compute_commitment", "brennor", "veltrix cloud")],
    ),
    (
        "Korvex, a chipmaker based in Austin, unveiled the KX-2 on Tuesday.",
        [("designs_chip", "korvex", "kx-2")],
    ),
    (
        "Fjordmind said the round was led by Halvorsen Capital, with Kestrel Partners also "
        "participating.",
        [
            ("invests_in", "halvorsen capital", "fjordmind"),
            ("invests_in", "kestrel partners", "fjordmind"),
        ],
    ),
    (
        "Fjordmind raised $60 million. Participants included Halvorsen Capital, Bluefin Capital "
        "and the Norwegian state fund Nysnø.",
        [
            ("invests_in", "halvorsen capital", "fjordmind"),
            ("invests_in", "bluefin capital", "fjordmind"),
            ("invests_in", "nysnø", "fjordmind"),
        ],
    ),
    (
        "Korvex supplies its KX-1 chips to CoreWeave.",
        [("designs_chip", "korvex", "kx-1"), ("uses_chip", "coreweave", "kx-1")],
    ),
    (
        "Tidewater Compute will provide 500 megawatts of AI capacity to Brennor starting in 2027.",
        [("compute_commitment", "brennor", "tidewater compute")],
    ),
    (
        "Tidewater Compute is leasing its Abilene campus to Brennor under a 15-year contract "
        "worth $9 billion.",
        [("compute_commitment", "brennor", "tidewater compute")],
    ),
    (
        "Brennor is Tidewater Compute's anchor customer.",
        [("compute_commitment", "brennor", "tidewater compute")],
    ),
    (
        "Tidewater Compute has struck a deal to host Brennor's AI workloads.",
        [("compute_commitment", "brennor", "tidewater compute")],
    ),
    (
        "Brennor will train its next model on 10,000 AMD MI355X GPUs, the company said.",
        [("uses_chip", "brennor", "instinct mi355x")],
    ),
    (
        "Brennor has also received funding from the state-owned bank Bpifrance.",
        [("invests_in", "bpifrance", "brennor")],
    ),
    (
        "Korvex is expected to close a $300 million round led by Halvorsen Capital next month.",
        [("invests_in", "halvorsen capital", "korvex")],
    ),
    (
        "Meridian AI signed a 10-year, $12 billion lease with Veltrix Cloud for 600 MW of data "
        "center capacity.",
        [("compute_commitment", "meridian ai", "veltrix cloud")],
    ),
    (
        "Veltrix Cloud will deploy 1.2 gigawatts of capacity for Meridian AI under the agreement.",
        [("compute_commitment", "meridian ai", "veltrix cloud")],
    ),
    (
        "Halvorsen Capital could invest as much as $300 million in Korvex.",
        [("invests_in", "halvorsen capital", "korvex")],
    ),
    (
        "Dunmore Investment Authority is Meridian AI's largest shareholder.",
        [("invests_in", "dunmore investment authority", "meridian ai")],
    ),
    (
        "Meridian AI, which counts Dunmore Investment Authority as a backer, plans to list shares.",
        [("invests_in", "dunmore investment authority", "meridian ai")],
    ),
    (
        "Korvex is developing a new inference chip called Tern, to be made by TSMC.",
        [("designs_chip", "korvex", "tern"), ("manufactures_chip", "tsmc", "tern")],
    ),
    (
        "Meridian AI is one of Qorvant Cloud's biggest customers.",
        [("compute_commitment", "meridian ai", "qorvant cloud")],
    ),
    (
        "Qorvant Cloud counts Meridian AI and Fjordmind among its customers.",
        [
            ("compute_commitment", "meridian ai", "qorvant cloud"),
            ("compute_commitment", "fjordmind", "qorvant cloud"),
        ],
    ),
    (
        "Meridian AI will buy $500 million worth of Korvex's KX-1 chips.",
        [("uses_chip", "meridian ai", "kx-1")],
    ),
    (
        "Halvorsen Capital and Orrin Ventures co-led the $80 million Series A in Korvex.",
        [
            ("invests_in", "halvorsen capital", "korvex"),
            ("invests_in", "orrin ventures", "korvex"),
        ],
    ),
    (
        "Meridian AI has secured 200 megawatts of capacity from Qorvant Cloud in a five-year deal "
        "worth $2.4 billion.",
        [("compute_commitment", "meridian ai", "qorvant cloud")],
    ),
    (
        "Norsk Datakraft, a Norwegian data-center operator, has ordered 8,000 Nvidia B200 GPUs.",
        [("uses_chip", "norsk datakraft", "b200")],
    ),
    (
        "The Oslo-based startup Fjordmind trains its models on AMD MI355X accelerators rented "
        "from Norsk Datakraft.",
        [("compute_commitment", "fjordmind", "norsk datakraft")],
    ),
    (
        "Zentrix AI raised $100 million. Halvorsen Capital, the round's lead investor, was joined "
        "by Kestrel Partners and Orrin Ventures.",
        [
            ("invests_in", "halvorsen capital", "zentrix ai"),
            ("invests_in", "kestrel partners", "zentrix ai"),
            ("invests_in", "orrin ventures", "zentrix ai"),
        ],
    ),
    (
        "Google has to keep buying Nvidia's latest chips to stay competitive.",
        [("uses_chip", "google", "nvidia gpus")],
    ),
    (
        "Nscale, a developer focused on AI data centers, has agreed to build a data center for "
        "Microsoft in Texas.",
        [("compute_commitment", "microsoft", "nscale")],
    ),
    (
        "Veltrix is developing its national AI model on supercomputers powered by NVIDIA Grace "
        "Blackwell hardware.",
        [("uses_chip", "veltrix", "grace blackwell")],
    ),
    (
        "Amazon has committed $4 billion directly to Anthropic.",
        [("invests_in", "amazon", "anthropic")],
    ),
    (
        "The deal was sealed with the Northwind Infrastructure Fund backed by investors "
        "including Halvorsen Capital and Kestrel Partners.",
        [
            ("invests_in", "halvorsen capital", "northwind infrastructure fund"),
            ("invests_in", "kestrel partners", "northwind infrastructure fund"),
        ],
    ),
    (
        "The Emirati firm Dunecore plans to build a 1-gigawatt AI campus powered by Nvidia chips.",
        [("uses_chip", "dunecore", "nvidia gpus")],
    ),
    (
        "Dunecore operates a data center powered by 4,000 Nvidia H100 GPUs.",
        [("uses_chip", "dunecore", "h100")],
    ),
    (
        "The Emirati firm Dunecore will run its models on a cluster powered by Nvidia chips.",
        [("uses_chip", "dunecore", "nvidia gpus")],
    ),
    (
        "Halvorsen Capital agreed to sell its Norrland Compute business to a consortium "
        "including Nvidia, Microsoft and BlackRock.",
        [
            ("invests_in", "nvidia", "norrland compute"),
            ("invests_in", "microsoft", "norrland compute"),
            ("invests_in", "blackrock", "norrland compute"),
        ],
    ),
    (
        "Nvidia is joining a group that includes Microsoft, BlackRock and xAI to acquire "
        "Aligned Data Centers.",
        [
            ("invests_in", "nvidia", "aligned data centers"),
            ("invests_in", "microsoft", "aligned data centers"),
            ("invests_in", "blackrock", "aligned data centers"),
            ("invests_in", "xai", "aligned data centers"),
        ],
    ),
    (
        "Intel agreed to sell a stake in a venture that controls its plant in Ireland to "
        "Apollo Global Management for $11 billion.",
        [("invests_in", "apollo global management", "intel")],
    ),
    (
        "Huawei is developing the Ascend 990C to compete with Nvidia's Blackwell.",
        [("designs_chip", "huawei", "ascend 990c")],
    ),
    (
        "Cambricon's next flagship chip, Siyuan 890, is expected to rival the H100.",
        [("designs_chip", "cambricon", "siyuan 890")],
    ),
    (
        "Intel refreshed its roadmap with the next-gen Starfall Ridge data center GPU.",
        [("designs_chip", "intel", "starfall ridge")],
    ),
    (
        "Intel's Starfall Ridge GPU will ship next year.",
        [("designs_chip", "intel", "starfall ridge")],
    ),
    (
        "Meridian AI raised $40 million from Korvex Partners and Ox-Q-Lab.",
        [("invests_in", "ox-q-lab", "meridian ai")],
    ),
    (
        "Meridian AI raised $40 million in a round led by Halvorsen Capital and 4217 Ventures.",
        [("invests_in", "4217 ventures", "meridian ai")],
    ),
    (
        "Meridian AI raised $40 million from the US Frontier Compute Fund.",
        [("invests_in", "us frontier compute fund", "meridian ai")],
    ),
    (
        "Halvorsen Capital agreed to sell its Norvik Data Halls business to a consortium "
        "including Nvidia and BlackRock.",
        [
            ("invests_in", "nvidia", "norvik data halls"),
            ("invests_in", "blackrock", "norvik data halls"),
        ],
    ),
    (
        "China Unicom will deploy accelerators provided by MetaX and Biren Technology.",
        [
            ("uses_chip", "china unicom", "metax gpus"),
            ("uses_chip", "china unicom", "biren gpus"),
        ],
    ),
    (
        "OpenAI has selected SoftBank to build and operate its 1.2 GW data center site in Texas.",
        [("compute_commitment", "openai", "softbank")],
    ),
    (
        "OpenAI has selected Halvorsen Energy to build and operate its data center site in Texas.",
        [("compute_commitment", "openai", "halvorsen energy")],
    ),
    (
        "Korvex struck a deal with Cohere and other Canadian firms to supply data center "
        "capacity and compute for AI models.",
        [("compute_commitment", "cohere", "korvex")],
    ),
    (
        "MTIA chips handle inference and recommendation workloads across Meta's apps.",
        [("uses_chip", "meta", "mtia")],
    ),
    (
        "Meta's MTIA chips run inference workloads.",
        [("uses_chip", "meta", "mtia")],
    ),
    (
        "Samsung currently supplies Meta's MTIA chips for its data centers.",
        [("uses_chip", "meta", "mtia")],
    ),
    (
        "OpenAI, which has secured over $1.4 trillion in long-term infrastructure commitments "
        "through partnerships with Oracle, Microsoft and Amazon.",
        [
            ("compute_commitment", "openai", "oracle"),
            ("compute_commitment", "openai", "microsoft"),
            ("compute_commitment", "openai", "amazon"),
        ],
    ),
    (
        "South Korean gaming giant Tarsk announced a strategic investment of approximately $33 "
        "million in AI semiconductor startup Korvex.",
        [("invests_in", "tarsk", "korvex")],
    ),
    (
        "The initiative is being led by Humain, backed by Saudi Arabia's Public Investment Fund, "
        "while AMD and Cisco will serve as technology partners.",
        [("invests_in", "public investment fund", "humain")],
    ),
    (
        "The Northwind Infrastructure Fund was founded by BlackRock, MGX and Microsoft.",
        [
            ("invests_in", "blackrock", "northwind infrastructure fund"),
            ("invests_in", "mgx", "northwind infrastructure fund"),
            ("invests_in", "microsoft", "northwind infrastructure fund"),
        ],
    ),
    (
        "Sferical AI is owned by Ericsson, AstraZeneca, Saab and Wallenberg Investments.",
        [
            ("invests_in", "ericsson", "sferical ai"),
            ("invests_in", "saab", "sferical ai"),
            ("invests_in", "wallenberg investments", "sferical ai"),
        ],
    ),
    (
        "MGX, BlackRock and Microsoft have announced that they will acquire 100% of Aligned Data "
        "Centers.",
        [
            ("invests_in", "mgx", "aligned data centers"),
            ("invests_in", "blackrock", "aligned data centers"),
            ("invests_in", "microsoft", "aligned data centers"),
        ],
    ),
    (
        "TeraWulf has entered into two 10-year colocation agreements with AI cloud "
        "platform Fluidstack.",
        [("compute_commitment", "fluidstack", "terawulf")],
    ),
    (
        "Korvex unveiled its first inference chip, the Tern 2.",
        [("designs_chip", "korvex", "tern 2")],
    ),
    (
        "Korvex is raising $300 million. Halvorsen Capital is also planning to participate as a "
        "new investor.",
        [("invests_in", "halvorsen capital", "korvex")],
    ),
    (
        "Korvex raised $50 million in a round led by VC firms Halvorsen Capital and Orrin "
        "Ventures.",
        [
            ("invests_in", "halvorsen capital", "korvex"),
            ("invests_in", "orrin ventures", "korvex"),
        ],
    ),
    (
        "MGX, an investment group established by Mubadala and G42, is raising money.",
        [("invests_in", "mubadala", "mgx"), ("invests_in", "g42", "mgx")],
    ),
    (
        "Halvorsen Capital has invested in companies building language models (Meridian AI, "
        "Korvex Labs) and scaling cloud platforms (Kestrel Cloud).",
        [
            ("invests_in", "halvorsen capital", "meridian ai"),
            ("invests_in", "halvorsen capital", "korvex labs"),
            ("invests_in", "halvorsen capital", "kestrel cloud"),
        ],
    ),
    (
        "Halvorsen Capital backed quantum computing pioneer Qorvant at a $1 billion valuation.",
        [("invests_in", "halvorsen capital", "qorvant")],
    ),
    (
        "Halvorsen Capital — a firm whose AI infrastructure portfolio already includes Kestrel "
        "Cloud and Norvik Data Halls — led the round.",
        [
            ("invests_in", "halvorsen capital", "kestrel cloud"),
            ("invests_in", "halvorsen capital", "norvik data halls"),
        ],
    ),
    (
        "Blackstone's portfolio includes CoreWeave, QTS and AirTrunk.",
        [
            ("invests_in", "blackstone", "coreweave"),
            ("invests_in", "blackstone", "qts data centers"),
            ("invests_in", "blackstone", "airtrunk"),
        ],
    ),
    (
        "Benchmark Capital, one of Cerebras’ earliest investors, doubled down.",
        [("invests_in", "benchmark capital", "cerebras")],
    ),
    (
        "One of Cerebras' earliest backers, Benchmark Capital, doubled down.",
        [("invests_in", "benchmark capital", "cerebras")],
    ),
    (
        "Huawei will ship the Ascend 950 in 2026, followed by the 960 in 2027 and the 970 in 2028.",
        [
            ("designs_chip", "huawei", "ascend 950"),
            ("designs_chip", "huawei", "ascend 960"),
            ("designs_chip", "huawei", "ascend 970"),
        ],
    ),
    (
        "Huawei's Ascend series gains two chips: the 950PR for prefill and the 950DT for decoding.",
        [("designs_chip", "huawei", "ascend 950pr"), ("designs_chip", "huawei", "ascend 950dt")],
    ),
    (
        "SoftBank plans to buy graphics processing units (GPUs) from U.S. chipmaker Nvidia.",
        [("uses_chip", "softbank", "nvidia gpus")],
    ),
    (
        "Broadcom will co-develop Google's chips through 2031, covering the TPU v7 (codenamed "
        "Ironwood) and v8 series.",
        [("designs_chip", "broadcom", "ironwood"), ("designs_chip", "broadcom", "tpu v8")],
    ),
    (
        "Eridu raised $200 million. The round was led by Socratic Partners, with participation "
        "from the quantitative trading firm Hudson River Trading and the family office Ardent.",
        [
            ("invests_in", "socratic partners", "eridu"),
            ("invests_in", "hudson river trading", "eridu"),
            ("invests_in", "ardent", "eridu"),
        ],
    ),
    (
        'Samsung has won contracts to manufacture Tesla\'s next AI chips "AI5" and "AI6".',
        [("manufactures_chip", "samsung", "ai5"), ("manufactures_chip", "samsung", "ai6")],
    ),
    (
        "Lumilens raised $50 million in a Series A led by Accel. The money will help Lumilens "
        "hire engineers.",
        [("invests_in", "accel", "lumilens")],
    ),
    (
        "Lightwave Labs closed a $40 million round. The funding came from Halden Ventures, Corbel "
        "Partners and existing backer Quorum Capital.",
        [
            ("invests_in", "halden ventures", "lightwave labs"),
            ("invests_in", "corbel partners", "lightwave labs"),
            ("invests_in", "quorum capital", "lightwave labs"),
        ],
    ),
    (
        "Microsoft signed a deal with IREN. With demand for its Azure services soaring after the "
        "success of OpenAI-powered tools, the company has turned to leasing arrangements with "
        "providers like CoreWeave and Crusoe.",
        [
            ("compute_commitment", "microsoft", "coreweave"),
            ("compute_commitment", "microsoft", "crusoe"),
        ],
    ),
    (
        "Cerebras plans to re-file for an IPO. Cerebras will deploy its systems in the UAE. "
        "Abu Dhabi-backed G42 is one of its largest clients. New investors include 1789 Capital.",
        [("invests_in", "1789 capital", "cerebras")],
    ),
    # round forty-five
    (
        "Quorvex raised $20 million in a round led by Lenovo Capital.",
        [("invests_in", "lenovo capital", "quorvex")],
    ),
    (
        "Brightwave Photonics, a chip startup, has raised $34 million. Today's round was led by "
        "Halden Ventures.",
        [("invests_in", "halden ventures", "brightwave photonics")],
    ),
    (
        "Lumora raised $26 million in a round led by China International Capital Corporation.",
        [("invests_in", "china international capital corporation", "lumora")],
    ),
    (
        "Tether purchased 10,000 Nvidia H100 GPUs, acquiring a 20% stake in bitcoin miner Zorvex.",
        [("invests_in", "tether", "zorvex"), ("uses_chip", "tether", "h100")],
    ),
    (
        "Zorvex closed $230 million from Arm and Qatar\u2019s sovereign wealth fund.",
        [
            ("invests_in", "arm", "zorvex"),
            ("invests_in", "qatar investment authority", "zorvex"),
        ],
    ),
    (
        "The week was busy, with Lumora locking up a $40 million Series B led by new investor "
        "Halden Ventures.",
        [("invests_in", "halden ventures", "lumora")],
    ),
    (
        "SK Group is building the first major AI factory with more than 50,000 Nvidia GPUs.",
        [("uses_chip", "sk group", "nvidia gpus")],
    ),
    (
        "SoftBank plans to power its data centers with Nvidia H100 chips.",
        [("uses_chip", "softbank", "h100")],
    ),
    (
        "Kestrel Partners previously invested in xAI and Palantir.",
        [
            ("invests_in", "kestrel partners", "xai"),
            ("invests_in", "kestrel partners", "palantir technologies"),
        ],
    ),
    (
        "Microsoft entered into an agreement with Nscale to procure 200,000 Nvidia GB300 GPUs.",
        [("compute_commitment", "microsoft", "nscale"), ("uses_chip", "microsoft", "gb300")],
    ),
    ("Meta runs Llama 4 inference on Cerebras.", [("uses_chip", "meta", "wafer scale engine")]),
    (
        "Nvidia will supply up to one million GPUs to Anthropic.",
        [("uses_chip", "anthropic", "nvidia gpus")],
    ),
    (
        "Tenstorrent raised $100 million. Hyundai and its smaller affiliate Kia shelled out $30 "
        "million and $20 million, respectively.",
        [
            ("invests_in", "hyundai motor group", "tenstorrent"),
            ("invests_in", "kia", "tenstorrent"),
        ],
    ),
    (
        "SambaNova added $350 million with Intel as a strategic backer.",
        [("invests_in", "intel", "sambanova")],
    ),
    (
        "Cambricon achieved fortyfold revenue growth and secured ByteDance as a major client.",
        [("uses_chip", "bytedance", "cambricon ai chips")],
    ),
    (
        "The deal includes a significant direct investment from Nvidia in Thinking Machines Lab.",
        [("invests_in", "nvidia", "thinking machines lab")],
    ),
    (
        "AustralianSuper has committed $1.5 billion to become a minority owner in DataBank.",
        [("invests_in", "australiansuper", "databank")],
    ),
    (
        "MatX was founded by engineers who designed the TPUs that power Google's AI "
        "infrastructure.",
        [("uses_chip", "google", "tpu")],
    ),
    (
        "This transaction results in Google becoming the largest shareholder in TeraWulf.",
        [("invests_in", "google", "terawulf")],
    ),
    (
        "Nvidia is set to invest up to $2 billion in a special-purpose vehicle (SPV) connected "
        "to xAI.",
        [("invests_in", "nvidia", "xai")],
    ),
    (
        "Lumora, an AI lab, has become a major customer of CoreWeave.",
        [("compute_commitment", "lumora", "coreweave")],
    ),
    (
        "Meta is standing up a cluster of 20,000 MI300X accelerators.",
        [("uses_chip", "meta", "instinct mi300x")],
    ),
    (
        "Nvidia and Microsoft joined BlackRock in buying Aligned Data Centers for $40 billion.",
        [
            ("invests_in", "nvidia", "aligned data centers"),
            ("invests_in", "microsoft", "aligned data centers"),
            ("invests_in", "blackrock", "aligned data centers"),
        ],
    ),
    (
        "Lambda, the GPU cloud, said Microsoft had signed a multibillion-dollar agreement to use "
        "its infrastructure.",
        [("compute_commitment", "microsoft", "lambda")],
    ),
    (
        "By entrusting AMD with a project of this magnitude, OpenAI is signaling an effort to "
        "reduce its dependence on Nvidia's GPUs.",
        [("uses_chip", "openai", "nvidia gpus")],
    ),
    # chips a company gains or puts into service (round forty-seven's probes)
    ("CoreWeave added 5,000 H200 GPUs to its fleet.", [("uses_chip", "coreweave", "h200")]),
    ("xAI brought 100,000 H100 GPUs online in Memphis.", [("uses_chip", "xai", "h100")]),
    ("xAI will upgrade Colossus with H200 GPUs.", [("uses_chip", "xai", "h200")]),
    (
        "Microsoft was among the first to get Nvidia's Blackwell chips.",
        [("uses_chip", "microsoft", "blackwell")],
    ),
    (
        "Meta deploys its MTIA chips for ranking and recommendation.",
        [("uses_chip", "meta", "mtia")],
    ),
    ("Google has run AI workloads on its own TPUs for years.", [("uses_chip", "google", "tpu")]),
    # a descriptor ending in "operator" is no verb of operating before the name
    ("Italian telecom operator Quorix bought 10,000 H100 GPUs.", [("uses_chip", "quorix", "h100")]),
    (
        "Telecom operator Quorix will get 10,000 Nvidia GPUs.",
        [("uses_chip", "quorix", "nvidia gpus")],
    ),
    ("Data center operator Quorix bought 1,000 H100 GPUs.", [("uses_chip", "quorix", "h100")]),
    # an unknown investor opening the sentence, before a described unknown investee
    (
        "Halvorsen Capital invested in AI startup Nuvexa.",
        [("invests_in", "halvorsen capital", "nuvexa")],
    ),
    (
        "Tessaly Asset Management participated in AI startup Nuvexa's round.",
        [("invests_in", "tessaly asset management", "nuvexa")],
    ),
    # institutions that buy or build with chips
    (
        "The University of Texas bought 600 Nvidia H100 GPUs for its new AI cluster.",
        [("uses_chip", "university of texas", "h100")],
    ),
    (
        "Bank of Nuvexa has built an AI supercomputer with Nvidia H100 GPUs.",
        [("uses_chip", "bank of nuvexa", "h100")],
    ),
    (
        "Georgia Tech's new supercomputer is built on Nvidia GH200 Grace Hopper Superchips.",
        [("uses_chip", "georgia tech", "gh200")],
    ),
    (
        "Nuvexa University has expanded its cluster with 384 Nvidia H200 GPUs.",
        [("uses_chip", "nuvexa university", "h200")],
    ),
    # a rival compound describes the name after it and contrasts nothing
    (
        "OpenAI rival Anthropic signed a $30 billion deal with Microsoft.",
        [("compute_commitment", "anthropic", "microsoft")],
    ),
    (
        "Sequoia Capital, an early investor in Nvidia rival Cerebras, said it would not invest.",
        [("invests_in", "sequoia capital", "cerebras")],
    ),
    # a regulator's name, an appositive of what a company makes, when it said so
    (
        "In a filing with the U.S. Securities and Exchange Commission, Oracle disclosed that "
        "OpenAI had agreed to pay $300 billion for computing power.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "Nuvexa Inc., a San Francisco-based developer of AI models, said it had signed a "
        "three-year, $300 million agreement with CoreWeave for GPU capacity.",
        [("compute_commitment", "nuvexa", "coreweave")],
    ),
    (
        "Nuvexa on Wednesday said it raised $120 million in a round led by Sequoia Capital.",
        [("invests_in", "sequoia capital", "nuvexa")],
    ),
    (
        "OpenAI unveiled a custom inference chip called Jalapeno, developed in partnership with "
        "Broadcom.",
        [("designs_chip", "broadcom", "jalapeno"), ("designs_chip", "openai", "jalapeno")],
    ),
    (
        "Oracle said it was ready to integrate Nvidia's Blackwell chips into its infrastructure.",
        [("uses_chip", "oracle", "blackwell")],
    ),
    (
        "Stargate Norway is a joint venture owned equally by Nscale and Aker.",
        [
            ("invests_in", "nscale", "stargate norway"),
            ("invests_in", "aker asa", "stargate norway"),
        ],
    ),
    (
        "Photonics startup Lumilens has drawn capital from two well-known investors, Mayfield and "
        "Spark Capital.",
        [("invests_in", "mayfield fund", "lumilens"), ("invests_in", "spark capital", "lumilens")],
    ),
    (
        "A consortium of Nvidia, BlackRock and Microsoft acquired Aligned Data Centers for $40 "
        "billion.",
        [
            ("invests_in", "nvidia", "aligned data centers"),
            ("invests_in", "blackrock", "aligned data centers"),
            ("invests_in", "microsoft", "aligned data centers"),
        ],
    ),
    ("Nvidia backs Mistral AI in $2 billion round.", [("invests_in", "nvidia", "mistral ai")]),
    (
        "Nuvexa builds language models for banks. The company signed a five-year, $500 million "
        "contract with neocloud Brightline Compute.",
        [("compute_commitment", "nuvexa", "brightline compute")],
    ),
    (
        "Quorix, a chip startup, is building an inference accelerator called the QX900. TSMC will "
        "manufacture the chip on its 5nm process.",
        [("designs_chip", "quorix", "qx900"), ("manufactures_chip", "tsmc", "qx900")],
    ),
    (
        "Vantor Labs raised $30 million from Abu Dhabi's Al Noor Holding.",
        [("invests_in", "al noor holding", "vantor labs")],
    ),
    (
        "Anthropic has announced a new $15 billion investment from Microsoft and Nvidia.",
        [("invests_in", "microsoft", "anthropic"), ("invests_in", "nvidia", "anthropic")],
    ),
    ("Nscale is an Nvidia-backed company.", [("invests_in", "nvidia", "nscale")]),
    ("Mistral AI was funded in part by Nvidia.", [("invests_in", "nvidia", "mistral ai")]),
    (
        "An investment of $30 billion by SoftBank in OpenAI was announced on Monday.",
        [("invests_in", "softbank", "openai")],
    ),
    (
        "Oracle is heavily reliant on Nvidia for graphics processing units.",
        [("uses_chip", "oracle", "nvidia gpus")],
    ),
    (
        "Baidu is testing its latest Kunlun P800 chip on new versions of its Ernie model.",
        [("uses_chip", "baidu", "kunlun p800")],
    ),
    (
        "The $30 billion investment in OpenAI by SoftBank is the largest ever.",
        [("invests_in", "softbank", "openai")],
    ),
    # the readings that stand beside the sentences of NO_FACTS
    (
        "Anthropic is spending heavily on Google Cloud.",
        [("compute_commitment", "anthropic", "google")],
    ),
    (
        "Backed by the sovereign wealth fund PIF and chaired by Crown Prince Mohammed bin Salman, "
        "Humain aims to be a global AI hub.",
        [("invests_in", "public investment fund", "humain")],
    ),
    (
        "As part of the deal, OpenAI will buy $10 billion of compute from Oracle.",
        [("compute_commitment", "openai", "oracle")],
    ),
    # rounds led or listed in other words, and a buyer's roster of clouds
    ("Nvidia anchored the $6 billion round in xAI.", [("invests_in", "nvidia", "xai")]),
    (
        "Among the investors in xAI's latest round are Nvidia and AMD.",
        [("invests_in", "nvidia", "xai"), ("invests_in", "amd", "xai")],
    ),
    (
        "Meta's cloud partners include Amazon Web Services and Google Cloud.",
        [("compute_commitment", "meta", "amazon"), ("compute_commitment", "meta", "google")],
    ),
    (
        "The deal would expand Meta's roster of cloud partners, which already includes Amazon Web "
        "Services and Google Cloud.",
        [("compute_commitment", "meta", "amazon"), ("compute_commitment", "meta", "google")],
    ),
    (
        "Meta is a customer of Amazon Web Services, Google Cloud and Oracle.",
        [
            ("compute_commitment", "meta", "amazon"),
            ("compute_commitment", "meta", "google"),
            ("compute_commitment", "meta", "oracle"),
        ],
    ),
    (
        "Nvidia is committing $2 billion each to Lumentum and Coherent.",
        [("invests_in", "nvidia", "lumentum"), ("invests_in", "nvidia", "coherent")],
    ),
    (
        "Nvidia has been backing players like CoreWeave and Sakana AI.",
        [("invests_in", "nvidia", "sakana ai"), ("invests_in", "nvidia", "coreweave")],
    ),
    (
        "Campus AI was set up as a joint venture involving MGX, Bpifrance, Mistral AI and Nvidia.",
        [("invests_in", "bpifrance", "campus ai"), ("invests_in", "nvidia", "campus ai")],
    ),
    (
        "Rebellions, a unicorn (after its merger with Sapeon Korea) backed by both Samsung and SK "
        "Hynix, unveiled a new chip.",
        [("invests_in", "samsung", "rebellions"), ("invests_in", "sk hynix", "rebellions")],
    ),
    (
        "AMD announced the sale of ZT Systems' manufacturing operations to Sanmina in a $3 billion "
        "deal.",
        [("invests_in", "sanmina", "zt systems")],
    ),
    (
        "Qualcomm's 2021 Nuvia purchase gave it a custom CPU team.",
        [("invests_in", "qualcomm", "nuvia")],
    ),
    (
        "Oracle is building a campus in Texas with GB200 chips, and OpenAI will be the main "
        "customer for all this computing power.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "The data centers are leased to Oracle, which provides the cloud services to OpenAI.",
        [("compute_commitment", "openai", "oracle")],
    ),
    (
        "Nvidia is supplying GPU systems to Indian cloud providers Yotta and E2E Networks.",
        [
            ("uses_chip", "yotta data services", "nvidia gpus"),
            ("uses_chip", "e2e networks", "nvidia gpus"),
        ],
    ),
    (
        "Bell Canada opened its first AI Fabric site, a 7 MW facility powered by Groq's LPUs.",
        [("uses_chip", "bell canada", "lpu")],
    ),
    ("Bell Canada signed a deal with Groq.", [("compute_commitment", "bell canada", "groq")]),
    (
        "Mayo Clinic has deployed an Nvidia DGX SuperPOD with DGX B200 systems.",
        [("uses_chip", "mayo clinic", "b200")],
    ),
    (
        "Ionic Digital will lease its Cedarvale campus to Nscale.",
        [("compute_commitment", "nscale", "ionic digital")],
    ),
    (
        "Brennor received an investment of $300 million from Nvidia.",
        [("invests_in", "nvidia", "brennor")],
    ),
    (
        "Brennor, in which Nvidia has invested, makes inference chips.",
        [("invests_in", "nvidia", "brennor")],
    ),
    (
        "Nvidia is an investor in both Brennor and Korvex.",
        [("invests_in", "nvidia", "brennor"), ("invests_in", "nvidia", "korvex")],
    ),
    (
        "Brennor sold shares to Nvidia and Microsoft in a private placement.",
        [("invests_in", "nvidia", "brennor"), ("invests_in", "microsoft", "brennor")],
    ),
    (
        "Brennor's new funding came from Temasek and GIC.",
        [("invests_in", "temasek", "brennor"), ("invests_in", "gic", "brennor")],
    ),
    ("Brennor counts Nvidia as a shareholder.", [("invests_in", "nvidia", "brennor")]),
    ("Google owns about 14% of Brennor.", [("invests_in", "google", "brennor")]),
    ("Brennor agreed to be acquired by AMD.", [("invests_in", "amd", "brennor")]),
    ("Brennor agreed to sell itself to AMD for $665 million.", [("invests_in", "amd", "brennor")]),
    ("SoftBank wrote a $500 million check to Brennor.", [("invests_in", "softbank", "brennor")]),
    ("With Nvidia's backing, Brennor has expanded quickly.", [("invests_in", "nvidia", "brennor")]),
    ("Microsoft signed on as an investor in Brennor.", [("invests_in", "microsoft", "brennor")]),
    (
        "Halden has won a $1.2 billion contract to provide compute to Veltrix.",
        [("compute_commitment", "veltrix", "halden")],
    ),
    (
        "Veltrix is paying Halden $50 million a month for access to GB300 chips.",
        [("compute_commitment", "veltrix", "halden")],
    ),
    (
        "Under the agreement, Halden will host Veltrix's training clusters.",
        [("compute_commitment", "veltrix", "halden")],
    ),
    (
        "Veltrix turned to Halden for additional compute.",
        [("compute_commitment", "veltrix", "halden")],
    ),
    (
        "Korvex unveiled Tern, its second-generation inference accelerator.",
        [("designs_chip", "korvex", "tern")],
    ),
    (
        "Chip startup Korvex said its Tern processor would ship next year.",
        [("designs_chip", "korvex", "tern")],
    ),
    (
        "Microsoft has begun installing Maia 200 chips in its Iowa data centers.",
        [("uses_chip", "microsoft", "maia 200")],
    ),
    (
        "Alibaba is among Chinese firms that stockpiled H20 chips.",
        [("uses_chip", "alibaba", "h20")],
    ),
    (
        "Midjourney moved its inference workloads to Google Cloud TPUs.",
        [("compute_commitment", "midjourney", "google"), ("uses_chip", "midjourney", "tpu")],
    ),
    (
        "BlackRock's GIP and a consortium of investors have agreed to acquire Vantage Data Centers "
        "in a $40 billion deal. The purchase, backed by Microsoft, Nvidia and MGX, closes next "
        "year.",
        [
            ("invests_in", "global infrastructure partners", "vantage data centers"),
            ("invests_in", "microsoft", "vantage data centers"),
            ("invests_in", "mgx", "vantage data centers"),
        ],
    ),
    (
        "CoreWeave, now public, with Nvidia still a major shareholder, expanded again.",
        [("invests_in", "nvidia", "coreweave")],
    ),
    (
        "Backed by industry giants like Google and Nvidia, Anthropic has grown quickly.",
        [("invests_in", "google", "anthropic"), ("invests_in", "nvidia", "anthropic")],
    ),
    (
        "Motional, a self-driving startup 90 percent owned by Hyundai, uses Nvidia chips.",
        [("invests_in", "hyundai motor group", "motional")],
    ),
    (
        "Motional is 90 percent owned by Hyundai.",
        [("invests_in", "hyundai motor group", "motional")],
    ),
    (
        "Helix Digital Infrastructure, a new KKR-led venture, has $10 billion in committed "
        "capital.",
        [("invests_in", "kkr", "helix digital infrastructure")],
    ),
    (
        "CoreWeave will build and operate a data center in Canada, with Cohere serving as the "
        "anchor tenant.",
        [("compute_commitment", "cohere", "coreweave")],
    ),
    (
        "Nebius has won over $40 billion in supply contracts with tech titans Microsoft and Meta.",
        [("compute_commitment", "microsoft", "nebius"), ("compute_commitment", "meta", "nebius")],
    ),
    ("Meta's allotment of 50,000 H100 GPUs will go to its labs.", [("uses_chip", "meta", "h100")]),
    (
        "Google is in discussions with Marvell to co-develop new TPUs.",
        [("designs_chip", "marvell", "tpu")],
    ),
    (
        "Google has partnered with chip designer MediaTek to develop a new version of its TPU.",
        [("designs_chip", "mediatek", "tpu")],
    ),
    (
        "Hyperscalers now build their own chips: Google (TPU), Amazon (Trainium) and Meta (MTIA).",
        [("designs_chip", "google", "tpu"), ("designs_chip", "meta", "mtia")],
    ),
    (
        "Alibaba, the Chinese e-commerce giant, is making significant investments in Chinese AI "
        "start-ups, including Moonshot, Zhipu and MiniMax.",
        [("invests_in", "alibaba", "minimax"), ("invests_in", "alibaba", "zhipu ai")],
    ),
    (
        "Texas Tech is one of the first universities to purchase the Nvidia GB300 NVL72.",
        [("uses_chip", "texas tech", "gb300")],
    ),
    (
        "Alphabet and Nvidia have teamed up with several venture investors to back Safe "
        "Superintelligence.",
        [
            ("invests_in", "google", "safe superintelligence"),
            ("invests_in", "nvidia", "safe superintelligence"),
        ],
    ),
    (
        "Veltrix, which operates 5,000 H100 GPUs, is raising money.",
        [("uses_chip", "veltrix", "h100")],
    ),
    (
        "AWS will give OpenAI access to hundreds of thousands of Nvidia GPUs.",
        [("compute_commitment", "openai", "amazon")],
    ),
    (
        "Microsoft has signed up for $17.4 billion of capacity at Nebius.",
        [("compute_commitment", "microsoft", "nebius")],
    ),
    (
        (
            "Hut 8 signed a $7 billion, 15-year AI data center lease at its River Bend campus "
            "with Fluidstack."
        ),
        [("compute_commitment", "fluidstack", "hut 8")],
    ),
    (
        "TeraWulf has entered into a data center lease with G42's U.S. subsidiary Core42.",
        [("compute_commitment", "core42", "terawulf")],
    ),
    (
        "TeraWulf signed a lease agreement with G42 subsidiary Core42.",
        [("compute_commitment", "core42", "terawulf")],
    ),
    (
        "Nvidia rival AMD signed a deal with OpenAI for 6 gigawatts of compute.",
        [("compute_commitment", "openai", "amd")],
    ),
    (
        (
            "Similar deals include Cipher Mining's $5.5 billion lease with Amazon Web Services "
            "and Google's increased $3.2 billion total stake in TeraWulf."
        ),
        [("compute_commitment", "amazon", "cipher mining")],
    ),
    (
        "CoreWeave rents out Nvidia GPUs to AI developers (Nvidia is also an investor).",
        [("invests_in", "nvidia", "coreweave")],
    ),
    (
        "CoreWeave, in which Nvidia is an investor, rents out GPUs.",
        [("invests_in", "nvidia", "coreweave")],
    ),
    (
        (
            "Riot Platforms signed a 10-year lease with AMD for 25 megawatts at its Rockdale "
            "site, worth $311 million."
        ),
        [("compute_commitment", "amd", "riot platforms")],
    ),
    (
        (
            "IREN said it had signed a separate five-year AI cloud contract with Nvidia worth "
            "approximately $3.4 billion."
        ),
        [("compute_commitment", "nvidia", "iren")],
    ),
    (
        "Humain signed a $10 billion agreement with AMD to build 500 megawatts of capacity.",
        [("compute_commitment", "humain", "amd")],
    ),
    (
        (
            "Veltrix, an AI chip startup, raised $200 million in a round led by Sequoia Capital, "
            "with participation from Index Ventures and Figma co-founders."
        ),
        [("invests_in", "index ventures", "veltrix")],
    ),
    (
        "Quasar is an AI chip developed by Veltrix.",
        [("designs_chip", "veltrix", "quasar")],
    ),
    (
        "Quasar, an AI chip developed by Veltrix, will power the data center.",
        [("designs_chip", "veltrix", "quasar")],
    ),
    (
        "Quasar is an inference accelerator built by Veltrix.",
        [("designs_chip", "veltrix", "quasar")],
    ),
    (
        "Quasar is an AI chip developed by chip startup Rebellions.",
        [("designs_chip", "rebellions", "quasar")],
    ),
    (
        "Quasar is an AI chip co-developed by Rebellions and Veltrix.",
        [("designs_chip", "veltrix", "quasar"), ("designs_chip", "rebellions", "quasar")],
    ),
    (
        (
            "MN-Core, a custom processor co-developed by Preferred Networks and Kobe University, "
            "powers the MN-3 supercomputer."
        ),
        [("designs_chip", "kobe university", "mn-core")],
    ),
    (
        (
            "Humain has led a $900 million funding round for startup Luma AI.\n\nOther investors "
            "that joined the latest funding round, which valued the company at more than $4 "
            "billion, include AMD and Andreessen Horowitz."
        ),
        [("invests_in", "amd", "luma ai")],
    ),
    (
        (
            "Microsoft sells cloud services.\n\nIn February, Alibaba led a $1 billion fundraising "
            "round in Moonshot AI, valuing the start-up at $2.5 billion."
        ),
        [("invests_in", "alibaba", "moonshot ai")],
    ),
    (
        (
            "Applied Digital builds campuses.\n\nThe company has fully leased the campus's 400MW "
            "capacity under construction to CoreWeave under a long-term agreement."
        ),
        [("compute_commitment", "coreweave", "applied digital")],
    ),
    (
        ("Microsoft has pushed back its in-house AI chips, codenamed Braga and Zorbit, to 2028."),
        [("designs_chip", "microsoft", "zorbit"), ("designs_chip", "microsoft", "braga")],
    ),
    (
        "Delays risk keeping Microsoft tethered to Nvidia's (NVDA, Financial) GPUs.",
        [("uses_chip", "microsoft", "nvidia gpus")],
    ),
    (
        "Microsoft relies on Nvidia's (NVDA, Financial) GPUs.",
        [("uses_chip", "microsoft", "nvidia gpus")],
    ),
    (
        "Riot Platforms stock surged following the announcement of the AMD data center lease.",
        [("compute_commitment", "amd", "riot platforms")],
    ),
    (
        "Veltrix is now Nebius's largest customer.",
        [("compute_commitment", "veltrix", "nebius")],
    ),
    (
        "Nebius said Veltrix had become its largest customer.",
        [("compute_commitment", "veltrix", "nebius")],
    ),
    (
        "Nebius said Microsoft had become its largest customer.",
        [("compute_commitment", "microsoft", "nebius")],
    ),
    (
        "CoreWeave's largest customer is Microsoft.",
        [("compute_commitment", "microsoft", "coreweave")],
    ),
    (
        "SSI is using TPUs primarily over Nvidia's graphics processing units.",
        [("uses_chip", "safe superintelligence", "tpu")],
    ),
    (
        "xAI runs its models on over 100,000 Nvidia H100s.",
        [("uses_chip", "xai", "h100")],
    ),
    (
        "Veltrix raised money from two investors, Mayfield and Spark Capital.",
        [("invests_in", "mayfield fund", "veltrix")],
    ),
    (
        "Veltrix has drawn capital from Mayfield and Spark Capital.",
        [("invests_in", "spark capital", "veltrix")],
    ),
    (
        (
            "Cohere develops AI models. It has drawn capital from two investors, Mayfield and "
            "Spark Capital."
        ),
        [("invests_in", "mayfield fund", "cohere")],
    ),
    (
        (
            "As part of the deal, G42 will migrate its data platform and other essential "
            "technology infrastructure to Azure."
        ),
        [("compute_commitment", "g42", "microsoft")],
    ),
    (
        (
            "Mistral will migrate its data platform and other essential technology infrastructure "
            "to Azure."
        ),
        [("compute_commitment", "mistral ai", "microsoft")],
    ),
    (
        "OpenAI moved its workloads to Google Cloud.",
        [("compute_commitment", "openai", "google")],
    ),
    (
        "Nvidia invested in xAI, alongside Sequoia and Andreessen Horowitz, in its Series C.",
        [("invests_in", "sequoia capital", "xai")],
    ),
    (
        (
            "In 2018, Walden International, a venture capital firm led by Lip-Bu Tan, invested in "
            "SambaNova during its $56 million Series A funding round."
        ),
        [("invests_in", "walden international", "sambanova")],
    ),
    (
        (
            "Horizon Robotics announced a series C financing from SDIC Investment, CICC Capital, "
            "Zhongwei Capital, as well as automotive giants including BYD, Great Wall Motors and "
            "Dongfeng Assets."
        ),
        [
            ("invests_in", "state development and investment corporation", "horizon robotics"),
            ("invests_in", "byd", "horizon robotics"),
        ],
    ),
    (
        "Tenstorrent raised $200 million led by U.S. fund giant Fidelity.",
        [("invests_in", "fidelity", "tenstorrent")],
    ),
    (
        "Nvidia CEO Jensen Huang announced a £500 million equity investment in Nscale.",
        [("invests_in", "nvidia", "nscale")],
    ),
    (
        (
            "Nebius—yes, Nebius—signed a $3 billion deal with Meta to provide AI infrastructure "
            "over the next five years."
        ),
        [("compute_commitment", "meta", "nebius")],
    ),
    (
        (
            "Anthropic — maker of Claude — is deploying 1 gigawatt of Broadcom-fabricated TPUs in "
            "2026."
        ),
        [("uses_chip", "anthropic", "tpu")],
    ),
    (
        (
            "Halden Capital arranged a $14 billion credit package for Oracle and OpenAI to build "
            "a data center near Abilene."
        ),
        [("invests_in", "halden capital", "oracle"), ("invests_in", "halden capital", "openai")],
    ),
    (
        (
            "Meta tapped bond titan Pimco and alternative asset giant Halden Capital to lead a "
            "$29 billion financing for a Louisiana data center."
        ),
        [("invests_in", "pimco", "meta"), ("invests_in", "halden capital", "meta")],
    ),
    (
        (
            "Halden Capital is also financing Meta's $30 billion data center to be built in "
            "Louisiana."
        ),
        [("invests_in", "halden capital", "meta"), ("invests_in", "halden capital", "meta")],
    ),
    (
        (
            "Nvidia has provided funding or guarantees to several neocloud firms, including "
            "CoreWeave, Nebius and Lambda."
        ),
        [("invests_in", "nvidia", "coreweave"), ("invests_in", "nvidia", "lambda")],
    ),
    (
        (
            "Halden Capital supplied a $2.3 billion construction financing package to Crusoe for "
            "the first phase."
        ),
        [("invests_in", "halden capital", "crusoe")],
    ),
    (
        ("The loan to Crusoe was underwritten by Halden Capital, Goldman Sachs and Mizuho Bank."),
        [("invests_in", "halden capital", "crusoe"), ("invests_in", "goldman sachs", "crusoe")],
    ),
    (
        "Veltrix raised $11 billion from Halden Capital to fund a chip factory in Ireland.",
        [("invests_in", "halden capital", "veltrix")],
    ),
    (
        "Halden Capital and Mizuho Bank are leading a $3 billion debt financing for Crusoe.",
        [
            ("invests_in", "halden capital", "crusoe"),
            ("invests_in", "mizuho financial group", "crusoe"),
        ],
    ),
    (
        "Veltrix secured a $500 million term loan from Halden Capital.",
        [("invests_in", "halden capital", "veltrix")],
    ),
    (
        "Toyota provided $8 million in funding to Preferred Networks.",
        [("invests_in", "toyota", "preferred networks")],
    ),
    (
        "Toyota provided $8 million in funding for Preferred Networks.",
        [("invests_in", "toyota", "preferred networks")],
    ),
    (
        "Toyota provided $8 million in funding to CoreWeave, Nebius and Lambda.",
        [("invests_in", "toyota", "coreweave"), ("invests_in", "toyota", "lambda")],
    ),
    (
        ("Toyota provided funding to several neoclouds, including CoreWeave, Nebius and Lambda."),
        [("invests_in", "toyota", "lambda")],
    ),
    (
        "Toyota provided funding or guarantees to CoreWeave.",
        [("invests_in", "toyota", "coreweave")],
    ),
    (
        ("Halden Capital is also funding Meta's $30 billion data center to be built in Louisiana."),
        [("invests_in", "halden capital", "meta")],
    ),
    (
        "Halden Capital financed Meta's data center in Louisiana.",
        [("invests_in", "halden capital", "meta")],
    ),
    (
        "Halden Capital will finance Meta's data center in Louisiana.",
        [("invests_in", "halden capital", "meta")],
    ),
    (
        "Halden Capital financed Meta.",
        [("invests_in", "halden capital", "meta")],
    ),
    (
        (
            "A new financing push is underway to support OpenAI's Stargate project.\n\nThe news "
            "comes after Meta tapped bond titan Pimco and alternative asset giant Blue Owl "
            "Capital to lead a $29 billion financing for a Louisiana data center."
        ),
        [("invests_in", "pimco", "meta")],
    ),
    (
        (
            "Nvidia will supply 260,000 of its GPUs to Korea.\n\nNaver will deploy 60,000 GPUs to "
            "power its AI services."
        ),
        [("uses_chip", "naver", "nvidia gpus")],
    ),
    (
        "MediaTek is building Zebrafish, a cost-optimized inference chip for Google.",
        [("designs_chip", "mediatek", "zebrafish")],
    ),
    (
        (
            "Google is spreading its TPU development across four partners: Broadcom, MediaTek, "
            "Marvell and Intel."
        ),
        [("designs_chip", "mediatek", "tpu"), ("designs_chip", "marvell", "tpu")],
    ),
    (
        "Marvell is in talks to develop a new inference-optimized TPU for Google.",
        [("designs_chip", "marvell", "tpu")],
    ),
    (
        "Meta said the MTIA chip, developed by its own silicon team, now runs ranking models.",
        [("designs_chip", "meta", "mtia")],
    ),
    (
        "Alchip won the contract to design the next Trainium chip for Amazon.",
        [("designs_chip", "alchip", "trainium")],
    ),
    (
        (
            "AI startup Veltrix AI has support from key players in the Chinese tech industry, "
            "including Alibaba Group Holding Ltd and Tencent Holdings Ltd."
        ),
        [("invests_in", "alibaba", "veltrix ai"), ("invests_in", "tencent", "veltrix ai")],
    ),
    (
        (
            "AI startup Veltrix AI was launched last year with the support of major companies "
            "such as Microsoft, BlackRock and MGX."
        ),
        [("invests_in", "blackrock", "veltrix ai"), ("invests_in", "mgx", "veltrix ai")],
    ),
    (
        (
            "Backed by industry giants like Andreessen Horowitz and Nvidia, AI startup Veltrix AI "
            "is building a new model."
        ),
        [
            ("invests_in", "andreessen horowitz", "veltrix ai"),
            ("invests_in", "nvidia", "veltrix ai"),
        ],
    ),
    (
        (
            "AI startup Veltrix AI's other backers include Lei Jun's Shunwei Capital, GL Ventures "
            "and Qiming Venture Partners."
        ),
        [
            ("invests_in", "shunwei capital", "veltrix ai"),
            ("invests_in", "gl ventures", "veltrix ai"),
        ],
    ),
    (
        (
            "AI startup Veltrix AI has drawn capital from two of Silicon Valley's most "
            "disciplined investors, Mayfield and Spark Capital."
        ),
        [
            ("invests_in", "mayfield fund", "veltrix ai"),
            ("invests_in", "spark capital", "veltrix ai"),
        ],
    ),
    (
        (
            "In January, AI startup Veltrix AI secured another $200 million in Series A funding, "
            "led by Tiger Global, Premji Invest, and Xora Innovation, with participation from "
            "Mayfield."
        ),
        [
            ("invests_in", "xora innovation", "veltrix ai"),
            ("invests_in", "mayfield fund", "veltrix ai"),
        ],
    ),
    (
        (
            "The alliance with AI startup Veltrix AI includes a significant direct investment "
            "from Nvidia."
        ),
        [("invests_in", "nvidia", "veltrix ai")],
    ),
    (
        "Hyundai's allotment of 50,000 Nvidia Blackwell GPUs will go into a new AI factory.",
        [("uses_chip", "hyundai motor group", "blackwell")],
    ),
    (
        ("The analysts said Hyundai's allocation of 50,000 Nvidia Blackwell GPUs was the largest."),
        [("uses_chip", "hyundai motor group", "blackwell")],
    ),
    (
        (
            "Hyundai Motor’s allotment of 50,000 Nvidia’s Blackwell GPUs may prove to be an "
            "inflection point for the automaker."
        ),
        [("uses_chip", "hyundai motor group", "blackwell")],
    ),
    (
        "Oracle's new supercomputer may consist of 800,000 Nvidia GB300s.",
        [("uses_chip", "oracle", "gb300")],
    ),
    (
        (
            "OpenAI has a roughly $600 billion cloud commitment spanning AWS, Microsoft Azure, "
            "and Oracle."
        ),
        [("compute_commitment", "openai", "oracle"), ("compute_commitment", "openai", "microsoft")],
    ),
    (
        ("Reflection AI will pay SpaceX $150 million per month for access to its GB300 cluster."),
        [("compute_commitment", "reflection ai", "spacex")],
    ),
    (
        (
            "Deutsche Telekom opened its AI factory in Munich.\n\nTen companies including Siemens "
            "and Perplexity have already signed on to use the AI infrastructure."
        ),
        [("compute_commitment", "perplexity", "deutsche telekom")],
    ),
    (
        (
            "SpaceX has signed compute agreements with Anthropic and Google for its Colossus "
            "cluster."
        ),
        [("compute_commitment", "anthropic", "spacex"), ("compute_commitment", "google", "spacex")],
    ),
    (
        (
            "The data centre would be built and operated by the infrastructure firm CoreWeave, "
            "with Cohere serving as the anchor tenant."
        ),
        [("compute_commitment", "cohere", "coreweave")],
    ),
    (
        (
            "Nscale raised $1.1 billion in debt this week.\n\nThe debt facility was led by Pimco, "
            "Blue Owl Capital and LuminArx Capital Management."
        ),
        [("invests_in", "pimco", "nscale")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nThe startup trains its models on Nvidia "
            "H100 chips rented from CoreWeave."
        ),
        [("uses_chip", "veltrix", "h100"), ("compute_commitment", "veltrix", "coreweave")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nUnder the agreement, Veltrix will get "
            "access to 50,000 GB200 chips hosted by Oracle."
        ),
        [("uses_chip", "veltrix", "gb200")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nOracle will provide Veltrix with 2 "
            "gigawatts of capacity."
        ),
        [("compute_commitment", "veltrix", "oracle")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix inked a $2 billion deal with "
            "CoreWeave for GPU capacity."
        ),
        [("compute_commitment", "veltrix", "coreweave")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix tapped Google Cloud for TPU "
            "capacity."
        ),
        [("compute_commitment", "veltrix", "google")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix is among the customers of "
            "Lambda's GPU cloud."
        ),
        [("compute_commitment", "veltrix", "lambda")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nMicrosoft led the $500 million round in "
            "Veltrix, with Nvidia joining."
        ),
        [("invests_in", "microsoft", "veltrix"), ("invests_in", "nvidia", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix closed a $300 million Series B "
            "co-led by Sequoia and Accel."
        ),
        [("invests_in", "accel", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nNvidia took a $100 million stake in "
            "Veltrix."
        ),
        [("invests_in", "nvidia", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix counts Nvidia, AMD and Samsung "
            "among its investors."
        ),
        [("invests_in", "samsung", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix's Aurora chip is fabricated by "
            "TSMC."
        ),
        [("manufactures_chip", "tsmc", "aurora")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix plans to buy up to 100,000 AMD "
            "MI450 GPUs."
        ),
        [("uses_chip", "veltrix", "instinct mi450")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix said it would spend $10 billion "
            "on Google's TPUs over five years."
        ),
        [("uses_chip", "veltrix", "tpu"), ("compute_commitment", "veltrix", "google")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix will train its next model on "
            "Amazon's Trainium chips."
        ),
        [("uses_chip", "veltrix", "trainium")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nSoftBank has poured $2 billion into "
            "Veltrix."
        ),
        [("invests_in", "softbank", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix received a $50 million check "
            "from Nvidia."
        ),
        [("invests_in", "nvidia", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix, in which Nvidia holds a "
            "minority stake, uses H100 chips."
        ),
        [("invests_in", "nvidia", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix will rent Azure GPU capacity "
            "from Microsoft for three years."
        ),
        [("compute_commitment", "veltrix", "microsoft")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix's new cluster runs on 20,000 "
            "Blackwell GPUs."
        ),
        [("uses_chip", "veltrix", "blackwell")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nNebius will supply Veltrix with GPU "
            "compute under a multiyear contract."
        ),
        [("compute_commitment", "veltrix", "nebius")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nTemasek joined the round as a new "
            "investor in Veltrix."
        ),
        [("invests_in", "temasek", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix unveiled Aurora, its first "
            "in-house inference chip."
        ),
        [("designs_chip", "veltrix", "aurora")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix, which is backed by Sequoia, "
            "signed a deal with CoreWeave for GPU capacity."
        ),
        [
            ("invests_in", "sequoia capital", "veltrix"),
            ("compute_commitment", "veltrix", "coreweave"),
        ],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nBacked by Nvidia, Veltrix is building a "
            "GPU cloud."
        ),
        [("invests_in", "nvidia", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nThe $1 billion investment from SoftBank "
            "values Veltrix at $10 billion."
        ),
        [("invests_in", "softbank", "veltrix")],
    ),
    (
        "Veltrix secures $200M from Lightspeed to expand GPU fleet",
        [("invests_in", "lightspeed venture partners", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nGoogle has agreed to invest up to $2 "
            "billion in Veltrix."
        ),
        [("invests_in", "google", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix has agreed to buy $5 billion of "
            "computing capacity from Oracle over four years."
        ),
        [("compute_commitment", "veltrix", "oracle")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix struck a five-year, $3 billion "
            "agreement to rent Nvidia GPUs from Lambda."
        ),
        [("compute_commitment", "veltrix", "lambda"), ("uses_chip", "veltrix", "nvidia gpus")],
    ),
    (
        (
            "AI startup Veltrix unveiled its Aurora chip on Monday.\n\nThe chips will be "
            "manufactured by Samsung at its Texas fab."
        ),
        [("manufactures_chip", "samsung", "aurora")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix is one of CoreWeave's largest "
            "customers."
        ),
        [("compute_commitment", "veltrix", "coreweave")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nCoreWeave counts Veltrix among its "
            "biggest customers."
        ),
        [("compute_commitment", "veltrix", "coreweave")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix raised $300 million.\n\n"
            "Investors in the round included Fidelity, Coatue and existing backer Sequoia."
        ),
        [("invests_in", "coatue", "veltrix"), ("invests_in", "sequoia capital", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix raised $100 million in a round "
            "led by Index Ventures and joined by Nvidia's NVentures."
        ),
        [("invests_in", "index ventures", "veltrix"), ("invests_in", "nventures", "veltrix")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix has begun training on a cluster "
            "of AMD MI355X accelerators."
        ),
        [("uses_chip", "veltrix", "instinct mi355x")],
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix is shifting much of its "
            "inference work to Google's TPUs."
        ),
        [("uses_chip", "veltrix", "tpu")],
    ),
    (
        "Musk's xAI is developing a reasoning chip codenamed X1.",
        [("designs_chip", "xai", "x1"), ("designs_chip", "xai", "x1")],
    ),
    (
        "Anthropic is developing a chip codenamed Xenon.",
        [("designs_chip", "anthropic", "xenon")],
    ),
    (
        (
            "Alphabet's Google is in discussions with Marvell Technology to co-develop two new "
            "TPU chips."
        ),
        [("designs_chip", "marvell", "tpu")],
    ),
    (
        "Google is also in talks with Marvell to develop new TPUs.",
        [("designs_chip", "marvell", "tpu")],
    ),
    (
        "Ironwood is built on TSMC N3P and co-designed with Broadcom & MediaTek.",
        [("designs_chip", "mediatek", "ironwood")],
    ),
    (
        "Oracle will deploy 50,000 of AMD's next-generation Instinct MI450X GPUs.",
        [("designs_chip", "amd", "instinct mi450")],
    ),
    (
        "Rebellions' Rebel chip is aimed at inference.",
        [("designs_chip", "rebellions", "rebel")],
    ),
    (
        (
            "FuriosaAI plans to mass-produce its RNGD chip at Taiwan Semiconductor Manufacturing "
            "this year."
        ),
        [("manufactures_chip", "tsmc", "rngd")],
    ),
    (
        (
            "Google will pay for access to infrastructure that includes approximately 110,000 "
            "graphics processing units from Nvidia."
        ),
        [("designs_chip", "nvidia", "nvidia gpus")],
    ),
    (
        (
            "Google will pay for access to infrastructure that includes approximately 110,000 "
            "GPUs from Nvidia."
        ),
        [("designs_chip", "nvidia", "nvidia gpus")],
    ),
    (
        "Google will use 110,000 GPUs from Nvidia.",
        [("uses_chip", "google", "nvidia gpus")],
    ),
    (
        "Anthropic, a U.S. AI startup 90 percent owned by Hyundai, uses Nvidia chips.",
        [("invests_in", "hyundai motor group", "anthropic")],
    ),
    (
        "Mistral is shifting much of its inference work to Google Cloud TPUs.",
        [("compute_commitment", "mistral ai", "google")],
    ),
    (
        "Mistral is shifting much of its inference work to Google Cloud.",
        [("compute_commitment", "mistral ai", "google")],
    ),
    (
        "Mistral is moving its training workloads to AWS.",
        [("compute_commitment", "mistral ai", "amazon")],
    ),
    (
        "Mistral will migrate its models to Microsoft Azure.",
        [("compute_commitment", "mistral ai", "microsoft")],
    ),
    (
        "Halden Capital will lend Crusoe $500 million to buy Nvidia chips.",
        [("invests_in", "halden capital", "crusoe")],
    ),
    (
        (
            "Chip startup Recogni will use the latest funding to manufacture and market the chip, "
            "called Scorpio."
        ),
        [("designs_chip", "tensordyne", "scorpio")],
    ),
    (
        "Positron's first-generation chip, named Atlas, is manufactured in Arizona.",
        [("designs_chip", "positron", "atlas")],
    ),
]

# Sentences whose facts are exactly these: a name in a comparison, or a second subject after a
# backer's aside, takes no part in the fact.
EXACT_FACTS = [
    (
        "Microsoft (MSFT, Financials), meanwhile, has invested heavily in OpenAI.",
        [("invests_in", "microsoft", "openai")],
    ),
    (
        "Microsoft signed a deal with IREN. It reflects the company's strategy to sustain its "
        "competitive edge against Amazon Web Services and Google Cloud.",
        [("compute_commitment", "microsoft", "iren")],
    ),
    ("Positron Secures $230 Million to Challenge Nvidia's AI Chip Dominance", []),
    (
        "xAI signed a deal with Humain. The partnership dovetails with Musk's ambitions to raise "
        "xAI's profile alongside competitors OpenAI, Anthropic and Google.",
        [("compute_commitment", "xai", "humain")],
    ),
    (
        "Lumai raised $10 million. The funding round was spearheaded by Constructor Capital, a "
        "venture firm specializing in deep tech, with contributions from new investors "
        "PhotonVentures and Journey Ventures.",
        [
            ("invests_in", "constructor capital", "lumai"),
            ("invests_in", "photonventures", "lumai"),
            ("invests_in", "journey ventures", "lumai"),
        ],
    ),
    (
        "Crusoe has raised $11.6 billion to build a data center for OpenAI. The startup has "
        "received backing from venture firms Founders Fund and G2 Venture Partners.",
        [
            ("invests_in", "founders fund", "crusoe"),
            ("invests_in", "g2 venture partners", "crusoe"),
        ],
    ),
    (
        "Tencent has joined a $300m-plus (2.14bn yuan) financing round for Chinese generative "
        "artificial intelligence startup Moonshot.",
        [("invests_in", "tencent", "moonshot ai")],
    ),
    (
        "Qatar Investment Authority joins a funding round for AI chip maker Positron, backing its "
        "low-power Atlas processor.",
        [("invests_in", "qatar investment authority", "positron")],
    ),
    (
        "Microsoft, which has invested more than $13 billion in OpenAI, will also supply "
        "Anthropic with Azure capacity worth $30 billion.",
        [("invests_in", "microsoft", "openai"), ("compute_commitment", "anthropic", "microsoft")],
    ),
    (
        "What the OpenAI Deal Means for AMD in AI Factory Compute\n\nOpenAI agreed to buy 6 "
        "gigawatts of AMD chips.",
        [("compute_commitment", "openai", "amd"), ("uses_chip", "openai", "amd gpus")],
    ),
    (
        "Microsoft and OpenAI Deals Highlight Demand\n\nMicrosoft signed a deal with CoreWeave and "
        "purchased $1 billion worth of services from the company in 2024.",
        [("compute_commitment", "microsoft", "coreweave")],
    ),
    ("The chips support data formats such as FP8 and Huawei's proprietary HiF8.", []),
    ("Groq's first product was described as the first PetaOP processor.", []),
    (
        "Cerebras is a TSMC customer, with its WSE-3 manufactured on TSMC's 5nm process.",
        [("manufactures_chip", "tsmc", "wse-3")],
    ),
    (
        "FuriosaAI's latest chip, the RNGD (Renegade), is built on TSMC's 5-nanometer process.",
        [("manufactures_chip", "tsmc", "rngd")],
    ),
    (
        "IREN will buy GPUs from Dell to build the AI clusters that Microsoft will use through "
        "Azure.",
        [],
    ),
    (
        "Lambda raised $1.5 billion in a round led by TWG Global and Guggenheim Partners founder "
        "and CEO Mark Walter.",
        [("invests_in", "twg global", "lambda")],
    ),
    ("Mubadala backed a joint venture between xAI and Palantir.", []),
    (
        "Tenstorrent raised $700 million in a round led by Samsung. Unlike Nvidia, which keeps "
        "a proprietary ecosystem, Tenstorrent supports open standards.",
        [("invests_in", "samsung", "tenstorrent")],
    ),
    (
        "With demand for its Azure services soaring after the success of OpenAI-powered tools, "
        "Microsoft has turned to leasing.",
        [],
    ),
    (
        "Humain will buy 18,000 of Nvidia's latest AI chips, Tareq Amin said.",
        [("uses_chip", "humain", "nvidia gpus")],
    ),
    (
        "The deal involves OpenAI receiving $350 million worth of equity in CoreWeave. Backed by "
        "Nvidia, which holds 6%, CoreWeave runs 32 data centers.",
        [("invests_in", "openai", "coreweave"), ("invests_in", "nvidia", "coreweave")],
    ),
    ("Regulators banned ByteDance and Alibaba from buying Nvidia's H20 chips.", []),
    ("ByteDance was told to stop using Nvidia's H20 chips.", []),
    (
        "MatX, founded by former Google TPU leaders Reiner Pope and Mike Gunter, raised $500 "
        "million in a round led by Jane Street.",
        [("invests_in", "jane street", "matx")],
    ),
    (
        "Much like Meta's Ohio campus, Crusoe's site will be built in phases, with OpenAI as "
        "the anchor customer.",
        [("compute_commitment", "openai", "crusoe")],
    ),
    (
        "Facebook owner Meta invested in Scale AI.",
        [("invests_in", "meta", "scale ai")],
    ),
    (
        "OpenAI, backed by Microsoft, and Google have long been rivals.",
        [("invests_in", "microsoft", "openai")],
    ),
    (
        "The French government backed Mistral AI's plan to build a data centre, and Nvidia "
        "backed Mistral AI's round.",
        [("invests_in", "nvidia", "mistral ai")],
    ),
    (
        "Celestial AI raised $250 million in a Series C1 round. The round was led by Fidelity "
        "and included BlackRock, Maverick Capital, and former Cadence Design Systems CEO "
        "Lip-Bu Tan.",
        [
            ("invests_in", "blackrock", "celestial ai"),
            ("invests_in", "fidelity", "celestial ai"),
            ("invests_in", "maverick capital", "celestial ai"),
        ],
    ),
    (
        "Mistral AI is considered a rival to OpenAI and Google DeepMind, and is also backed by "
        "Nvidia and Microsoft.",
        [("invests_in", "microsoft", "mistral ai"), ("invests_in", "nvidia", "mistral ai")],
    ),
    (
        "Celestial AI raised $250 million. Existing investors such as AMD Ventures, Koch "
        "Disruptive Technologies, Singapore’s state investor Temasek, and Porsche "
        "Automobil Holding also participated.",
        [
            ("invests_in", "amd ventures", "celestial ai"),
            ("invests_in", "koch disruptive technologies", "celestial ai"),
            ("invests_in", "porsche automobil holding", "celestial ai"),
            ("invests_in", "temasek", "celestial ai"),
        ],
    ),
    (
        "xAI trains Grok on 100,000 GB200 chips, equivalent to 250,000 H100 chips.",
        [("uses_chip", "xai", "gb200")],
    ),
    (
        "In 2019, Crusoe raised $4.5 million in a seed round that included venture firms "
        "associated with the Winklevoss twins and Peter Thiel.",
        [],
    ),
    (
        "Celestial AI raised $250 million from Fidelity. Nvidia dominates this space with "
        "NVLink, prompting a surge in investments to develop alternatives.",
        [("invests_in", "fidelity", "celestial ai")],
    ),
    (
        "Mistral was founded by former Meta and Google DeepMind researchers.",
        [],
    ),
    (
        "The UK government said Nscale will deploy Nvidia GB300 chips.",
        [("uses_chip", "nscale", "gb300")],
    ),
    (
        "ByteDance is training a model on Huawei chips amid US trade sanctions on Nvidia "
        "processors.",
        [("uses_chip", "bytedance", "huawei ai chips")],
    ),
    (
        "Luma AI raised $900 million. The round was led by Humain and announced at the "
        "U.S.–Saudi Investment Forum.",
        [("invests_in", "humain", "luma ai")],
    ),
    # round thirty-seven
    (
        "Nebius, a Yandex spin-off backed by investors like Nvidia and Accel Partners, will "
        "supply Microsoft with computing power.",
        [
            ("compute_commitment", "microsoft", "nebius"),
            ("invests_in", "accel", "nebius"),
            ("invests_in", "nvidia", "nebius"),
        ],
    ),
    (
        "xAI will be the first customer. The project, backed by the Public Investment Fund, "
        "involves AMD, Qualcomm, and Cisco.",
        [],
    ),
    (
        "Temasek has joined a consortium backed by Microsoft, BlackRock and MGX to invest in AI "
        "infrastructure.",
        [],
    ),
    (
        "Nvidia NVDA and Samsung are investing a combined $35 million into Skild AI.",
        [("invests_in", "nvidia", "skild ai"), ("invests_in", "samsung", "skild ai")],
    ),
    # round thirty-eight: a yardstick, a denial, a sum committed in a company, a cloud's partner
    (
        "It runs at 150 watts, compared to the 1,200 watts consumed by Nvidia's H100.",
        [],
    ),
    ("Its Siyuan 590 delivers roughly 80% of Nvidia's A100 performance.", []),
    ("ByteDance could not say whether it will use Huawei chips.", []),
    ("State-backed Japanese chip venture Rapidus said it will produce chips.", []),
    (
        "Tidewater Compute, a Texas-based neocloud, plans to deploy 40,000 Nvidia GB300 GPUs at "
        "its Abilene campus.",
        [("uses_chip", "tidewater compute", "gb300")],
    ),
    ("Sovereign AI is a priority for Europe, Nvidia said.", []),
    ("The notebooks run Ryzen AI (for on-device work) beside AMD Instinct GPUs.", []),
    (
        "Halvorsen Capital, the round's lead investor, was joined by Kestrel Partners.",
        [],
    ),
    (
        "Google already has an existing commitment of $2 billion in Anthropic.",
        [("invests_in", "google", "anthropic")],
    ),
    (
        "Humain is teaming up with AMD in a $10 billion partnership to build out its data "
        "center infrastructure.",
        [("compute_commitment", "humain", "amd")],
    ),
    (
        "Nvidia will provide 10,000 AI chips to Deutsche Telekom to build an industrial AI cloud.",
        [("uses_chip", "deutsche telekom", "nvidia gpus")],
    ),
    (
        "IREN signed an agreement with Dell to purchase GB300 GPUs.",
        [("uses_chip", "iren", "gb300")],
    ),
    ("OpenAI runs on Microsoft.", []),
    ("Amazon invited observers to tour its Austin chip lab.", []),
    ("AMD's chips will power two machines, according to Data Centre Dynamics.", []),
    (
        "CoreWeave will provide compute capacity to OpenAI to build its next models.",
        [("compute_commitment", "openai", "coreweave")],
    ),
]

STATUSES = [
    ("Microsoft invested $10 billion in OpenAI.", "invests_in", "announced", 10000000000.0),
    (
        "Microsoft reportedly invested $10 billion in OpenAI.",
        "invests_in",
        "reported",
        10000000000.0,
    ),
    (
        "Microsoft is in talks to invest $10 billion in OpenAI.",
        "invests_in",
        "in_talks",
        10000000000.0,
    ),
    (
        "Microsoft is in advanced discussions to invest $10 billion in OpenAI.",
        "invests_in",
        "in_talks",
        10000000000.0,
    ),
    (
        "Microsoft is said to be weighing a $10 billion investment in OpenAI.",
        "invests_in",
        "reported",
        10000000000.0,
    ),
    ("Microsoft plans to invest $10 billion in OpenAI.", "invests_in", "planned", 10000000000.0),
    (
        "Microsoft is considering investing $10 billion in OpenAI, Bloomberg reported.",
        "invests_in",
        "reported",
        10000000000.0,
    ),
    (
        "Microsoft is negotiating a $10 billion investment in OpenAI.",
        "invests_in",
        "in_talks",
        10000000000.0,
    ),
    (
        "Microsoft could invest as much as $10 billion in OpenAI, according to people familiar with the matter.",  # noqa: E501
        "invests_in",
        "reported",
        10000000000.0,
    ),
    (
        "Microsoft has agreed to invest $10 billion in OpenAI, the companies said.",
        "invests_in",
        "announced",
        10000000000.0,
    ),
    (
        "Microsoft will invest up to $10 billion in OpenAI.",
        "invests_in",
        "announced",
        10000000000.0,
    ),
    ("Microsoft invested $10bn in OpenAI.", "invests_in", "announced", 10000000000.0),
    ("Microsoft invested US$10 billion in OpenAI.", "invests_in", "announced", 10000000000.0),
    ("Microsoft invested 10 billion dollars in OpenAI.", "invests_in", "announced", 10000000000.0),
    ("Microsoft invested \u20ac10 billion in Mistral AI.", "invests_in", "announced", None),
    (
        "Microsoft invested a further $10 billion in OpenAI.",
        "invests_in",
        "announced",
        10000000000.0,
    ),
    (
        "Microsoft's $10 billion investment in OpenAI closed in January.",
        "invests_in",
        "announced",
        10000000000.0,
    ),
    (
        "OpenAI agreed to pay Oracle $300 billion over five years for compute.",
        "compute_commitment",
        "announced",
        300000000000.0,
    ),
    (
        "OpenAI signed a $300 billion, five-year cloud contract with Oracle.",
        "compute_commitment",
        "announced",
        300000000000.0,
    ),
    (
        "OpenAI is nearing a $300 billion cloud deal with Oracle.",
        "compute_commitment",
        "in_talks",
        300000000000.0,
    ),
    (
        "OpenAI's deal with Oracle, valued at $300 billion, runs five years.",
        "compute_commitment",
        "announced",
        300000000000.0,
    ),
    (
        "Oracle's $300 billion contract with OpenAI begins in 2027.",
        "compute_commitment",
        "announced",
        300000000000.0,
    ),
    (
        "OpenAI committed to buy $300 billion of computing power from Oracle.",
        "compute_commitment",
        "announced",
        300000000000.0,
    ),
    (
        "Microsoft is weighing an investment of $10 billion in OpenAI.",
        "invests_in",
        "planned",
        None,
    ),
    ("Microsoft is mulling a $10 billion investment in OpenAI.", "invests_in", "planned", None),
    ("Microsoft is exploring a $10 billion investment in OpenAI.", "invests_in", "planned", None),
    ("Microsoft intends to invest $10 billion in OpenAI.", "invests_in", "planned", None),
    ("Microsoft is expected to invest $10 billion in OpenAI.", "invests_in", "planned", None),
    ("Microsoft is set to invest $10 billion in OpenAI.", "invests_in", "announced", None),
    ("Microsoft is looking to invest $10 billion in OpenAI.", "invests_in", "planned", None),
    (
        "Microsoft is reportedly in talks to invest $10 billion in OpenAI.",
        "invests_in",
        "in_talks",
        None,
    ),
    (
        "Microsoft is in early-stage talks to invest $10 billion in OpenAI.",
        "invests_in",
        "in_talks",
        None,
    ),
    (
        "Microsoft has held talks about investing $10 billion in OpenAI.",
        "invests_in",
        "in_talks",
        None,
    ),
    (
        "Microsoft is close to a deal to invest $10 billion in OpenAI.",
        "invests_in",
        "in_talks",
        None,
    ),
    ("Microsoft is finalizing a $10 billion investment in OpenAI.", "invests_in", "in_talks", None),
    (
        "Microsoft invested $10 billion in OpenAI, The Wall Street Journal reported.",
        "invests_in",
        "reported",
        None,
    ),
    (
        "Microsoft invested $10 billion in OpenAI, according to the Financial Times.",
        "invests_in",
        "reported",
        None,
    ),
    (
        "Microsoft invested $10 billion in OpenAI, CNBC reported, citing sources.",
        "invests_in",
        "reported",
        None,
    ),
    (
        "Microsoft invested $10 billion in OpenAI, sources told Reuters.",
        "invests_in",
        "reported",
        None,
    ),
    (
        "Microsoft invested $10 billion in OpenAI, a person familiar with the deal said.",
        "invests_in",
        "reported",
        None,
    ),
    (
        "Microsoft invested $10 billion in OpenAI, people with knowledge of the matter said.",
        "invests_in",
        "reported",
        None,
    ),
    (
        "According to a report by Bloomberg, Microsoft invested $10 billion in OpenAI.",
        "invests_in",
        "reported",
        None,
    ),
    ("Microsoft is said to have invested $10 billion in OpenAI.", "invests_in", "reported", None),
    (
        "Microsoft is believed to have invested $10 billion in OpenAI.",
        "invests_in",
        "reported",
        None,
    ),
    ("Microsoft confirmed it invested $10 billion in OpenAI.", "invests_in", "announced", None),
    (
        "Microsoft announced a $10 billion investment in OpenAI on Monday.",
        "invests_in",
        "announced",
        None,
    ),
    (
        "In a regulatory filing, Microsoft disclosed a $10 billion investment in OpenAI.",
        "invests_in",
        "announced",
        None,
    ),
    (
        "Microsoft invested $10 billion in OpenAI, Microsoft told Reuters.",
        "invests_in",
        "announced",
        None,
    ),
    (
        "Microsoft invested $10 billion in OpenAI, a Microsoft spokesperson said.",
        "invests_in",
        "announced",
        None,
    ),
    ("Microsoft hopes to invest $10 billion in OpenAI.", "invests_in", "planned", None),
    ("Microsoft aims to invest $10 billion in OpenAI.", "invests_in", "planned", None),
    ("Microsoft is preparing to invest $10 billion in OpenAI.", "invests_in", "planned", None),
    (
        "Reports emerged that Microsoft will invest $10 billion in OpenAI.",
        "invests_in",
        "reported",
        10000000000.0,
    ),
    (
        "Nvidia has taken a stake in xAI. Nvidia announced the deal in a filing on Monday, "
        "according to Reuters.",
        "invests_in",
        "announced",
        None,
    ),
    (
        "Nvidia has invested in three of them—CoreWeave, Lambda and Crusoe—as reported by "
        "Yahoo Finance.",
        "invests_in",
        "reported",
        None,
    ),
    (
        "Moonshot AI, a startup backed by Alibaba, is closing a new round, according to people "
        "familiar with the matter.",
        "invests_in",
        "announced",
        None,
    ),
    (
        "Mistral raised $2 billion last year, Bloomberg reported. Major investors in Mistral "
        "include Nvidia and Microsoft.",
        "invests_in",
        "announced",
        None,
    ),
    # round thirty-seven: a round an outlet reported stays reported in the sentences after it,
    # unless the outlet relays it as closed
    (
        "Figure AI is raising $675 million in a funding round, reported Bloomberg. Microsoft is "
        "investing $95 million.",
        "invests_in",
        "reported",
        95e6,
    ),
    (
        "According to Silicon Republic, Crusoe has closed a $1.3 billion Series E round. The "
        "round was co-led by Valor Equity Partners and Mubadala Capital.",
        "invests_in",
        "announced",
        None,
    ),
    # round thirty-eight
    (
        "Meta will spend more than $10 billion on Google Cloud over six years, per CNBC.",
        "compute_commitment",
        "reported",
        10e9,
    ),
    (
        "ByteDance is set to use Huawei's Ascend 910B chip to train a new model, said the people.",
        "uses_chip",
        "reported",
        None,
    ),
    (
        "Anthropic was nearing a $2 billion fundraise in a round led by Lightspeed Venture "
        "Partners.",
        "invests_in",
        "in_talks",
        None,
    ),
    (
        "The agreement under discussion would allow Anthropic to access Google's TPUs.",
        "compute_commitment",
        "in_talks",
        None,
    ),
    (
        "Meridian AI has held early talks with CoreWeave about renting 50,000 GPUs, The "
        "Information reported.",
        "compute_commitment",
        "in_talks",
        None,
    ),
    (
        "Halvorsen Capital could invest as much as $300 million in Korvex, two people said.",
        "invests_in",
        "reported",
        300e6,
    ),
    (
        "Kestrel Partners and Halvorsen Capital have each invested $50 million in Brennor.",
        "invests_in",
        "announced",
        50e6,
    ),
    (
        "According to OpenAI, Amazon will invest $50 billion in the company.",
        "invests_in",
        "announced",
        50e9,
    ),
    (
        "Mistral AI secured a substantial investment of €1.3 billion (approximately $1.5 "
        "billion) from Dutch chip manufacturer ASML.",
        "invests_in",
        "announced",
        1.5e9,
    ),
]


@pytest.mark.parametrize(("sentence", "wanted"), FACTS)
def test_a_plainly_written_fact_is_read(sentence, wanted):
    found = facts(sentence)
    assert [w for w in wanted if w not in found] == []


@pytest.mark.parametrize(("sentence", "wanted"), EXACT_FACTS)
def test_only_the_parties_of_a_fact_are_read(sentence, wanted):
    assert sorted(f for f in facts(sentence) if f[0] != "designs_chip") == sorted(wanted)


@pytest.mark.parametrize(("sentence", "kind", "status", "amount"), STATUSES)
def test_a_deal_s_status_and_sum_from_its_phrasing(sentence, kind, status, amount):
    found, _ = extract(sentence)
    deal = next(f for f in found if f.type == kind)
    assert deal.status == status
    if amount is not None:
        assert deal.amount_usd == pytest.approx(amount, rel=0.01)


def test_other_hyphens_read_as_the_plain_one():
    """A non-breaking hyphen ('five‑year', U+2011) joins words as '-' does."""
    found, _ = extract("Microsoft has signed a five\u2011year, $9.7 billion agreement with IREN.")
    deal = next(f for f in found if f.type == "compute_commitment")
    assert (deal.duration_years, deal.amount_usd) == (5, 9.7e9)
    assert "five\u2011year" in deal.evidence[0].quote


def test_the_subject_of_a_verb_of_supplying_buys_nothing_under_the_deal():
    found = facts(
        "Pentara Systems will supply Meridian AI with 5,000 Nvidia H200 GPUs under a $400 "
        "million contract."
    )
    assert ("uses_chip", "meridian ai", "h200") in found
    assert not [f for f in found if f[0] == "compute_commitment"]


def test_a_sum_each_investor_put_in_is_each_one_s():
    found, _ = extract("Accel and Sequoia have each invested $50 million in Mistral.")
    assert {(f.subject, f.amount_usd) for f in found if f.type == "invests_in"} == {
        ("accel", 50e6),
        ("sequoia", 50e6),
    }


def test_a_discovered_name_s_id_keeps_its_letters_without_accents():
    _, discovered = extract("Fjordmind raised $60 million from the Norwegian state fund Nysnø.")
    assert "discovered-nysno" in {e.id for e in discovered}


def test_an_investor_s_its_is_the_chip_company_s_it_backs():
    found = facts(
        "Qatar Investment Authority joins a funding round for AI chip maker Positron, backing its "
        "low-power Atlas processor."
    )
    assert ("designs_chip", "positron", "atlas") in found
    assert not [f for f in found if f[0] == "designs_chip" and f[1] != "positron"]


def test_a_family_named_beside_its_generation_designs_nothing_of_its_own():
    found = facts(
        "The foundation of Huawei's server strategy is the Ascend 910C, the newest Ascend "
        "accelerator."
    )
    assert found == {("designs_chip", "huawei", "ascend 910c")}


def test_sums_said_respectively_follow_the_list_they_end():
    found, _ = extract(
        "Anthropic agreed to spend $30 billion on Microsoft's Azure cloud, while Nvidia and "
        "Microsoft will invest up to $10 billion and $5 billion in the startup, respectively."
    )
    invested = {f.subject: f.amount_usd for f in found if f.type == "invests_in"}
    assert invested == {"nvidia": 10e9, "microsoft": 5e9}


def test_a_cloud_that_signs_to_provide_power_sells_it_to_a_lab_that_designs_chips_too():
    assert facts(
        "Oracle has signed a contract with OpenAI to provide 4.5 gigawatts of capacity."
    ) == {("compute_commitment", "openai", "oracle")}


# Sentences that state no fact of a kind (None: of any kind), read in plain phrasing.
NO_FACTS = [
    ("Nvidia's partners include Dell and HPE.", None),
    ("Dell is one of Nvidia's partners.", None),
    ("CoreWeave's stock fell after Microsoft said it would slow data center spending.", None),
    ("BNY has tapped Nvidia to build an AI factory.", None),
    ("As part of the deal, Microsoft's Brad Smith will take a seat on the G42 board.", None),
    (
        "Hut 8 signed a lease with Fluidstack. Project partners named include Entergy (power), "
        "Goldman Sachs (financing) and Vertiv (engineering).",
        "invests_in",
    ),
    (
        "At a forum at Oak Ridge National Laboratory, he said: I cut these words out of AMD's "
        "investors document, and that's what it says: it's a chiplet design with AMD GPUs.",
        "invests_in",
    ),
    ("AMD hopes to win customers such as Meta and Microsoft with its MI450.", "uses_chip"),
    (
        "Musk's xAI is developing a reasoning chip codenamed X1, using TSMC's 3-nanometer process.",
        "uses_chip",
    ),
    ("Google signed a licensing deal with Character.AI worth $2.7 billion.", "compute_commitment"),
    (
        "Oracle signed a deal with Bloom Energy to power its data centers with fuel cells.",
        "compute_commitment",
    ),
]
# Facts a sentence must not give: a party read in the wrong role or direction.
WRONG_FACTS = [
    (
        "Sequoia Capital, an early investor in Nvidia rival Cerebras, said it would not invest.",
        ("invests_in", "sequoia capital", "nvidia"),
    ),
    ("Mistral AI was funded in part by Nvidia.", ("invests_in", "mistral ai", "nvidia")),
    (
        "Google also acquired Varun Mohan, the CEO of Windsurf, and his team for $2.4 billion.",
        ("invests_in", "google", "varun mohan"),
    ),
    (
        "Rebellions, a unicorn (after its merger with Sapeon Korea) backed by Samsung, unveiled "
        "a new chip.",
        ("invests_in", "samsung", "sapeon"),
    ),
    (
        "Nvidia is supplying GPU systems to Indian cloud providers Yotta and E2E Networks.",
        ("compute_commitment", "yotta data services", "nvidia"),
    ),
    (
        "Former Google TPU engineers secure a $500 million Series B led by Jane Street.",
        ("invests_in", "jane street", "google"),
    ),
    (
        "Apple's C1 modem threatens Qualcomm's share of phone chips.",
        ("designs_chip", "apple", "c1"),
    ),
    (
        "Alibaba Cloud offered free credits to Chinese startups that previously relied on H100s.",
        ("uses_chip", "alibaba", "h100"),
    ),
    (
        "With FPT's partnership, Nvidia's programs will be taught at universities.",
        ("invests_in", "fpt", "nvidia"),
    ),
    ("Nvidia praised Quillon, its biggest chip supplier.", ("designs_chip", "nvidia", "quillon")),
    (
        "A consortium of investors agreed to acquire Vantage Data Centers for $40 billion.",
        ("invests_in", "vantage data centers", "microsoft"),
    ),
    ("Oracle invested $40 billion in Nvidia chips.", ("invests_in", "oracle", "nvidia")),
    ("Microsoft Recalibrates Its AI Chip Roadmap", ("designs_chip", "microsoft", "roadmap")),
    (
        "The latest deal gives Microsoft access to Nvidia's GB300 chips.",
        ("compute_commitment", "microsoft", "nvidia"),
    ),
    (
        "AMD said its next-generation EPYC server processors codenamed Venice were taped out on "
        "TSMC's 2nm process.",
        ("designs_chip", "amd", "venice"),
    ),
    (
        "iFlytek built its platform on Huawei's Ascend 910B chip, achieving over 90% performance "
        "of a similarly scaled Nvidia A800 cluster.",
        ("uses_chip", "iflytek", "a800"),
    ),
    (
        "Siqi Intelligence raised $10 million in a round led by Tencent. Everyone knows "
        "Cambricon, and you may also be familiar with Moore Threads and Biren.",
        ("invests_in", "cambricon", "siqi intelligence"),
    ),
    (
        "Morgan Stanley (MS) estimates show that Nvidia (NVDA) has secured about 60% of TSMC's "
        "total CoWoS capacity for 2026.",
        ("compute_commitment", "morgan stanley", "nvidia"),
    ),
    ("The round was led by Sequoia and KKR.", ("invests_in", "sequoia capital", "kkr")),
    (
        "The company is investing no less than $40 billion in Nvidia's most advanced GB200 "
        "superchips, Oracle said.",
        ("invests_in", "oracle", "nvidia"),
    ),
    (
        "Recogni raised $102 million. The startup will use the funding to build the chip, "
        "called Scorpio.",
        ("uses_chip", "recogni", "scorpio"),
    ),
    (
        "Nvidia rival AMD signed a deal with OpenAI for 6 gigawatts of compute.",
        ("compute_commitment", "openai", "nvidia"),
    ),
    (
        (
            "Similar deals include Cipher Mining's $5.5 billion lease with Amazon Web Services "
            "and Google's increased $3.2 billion total stake in TeraWulf."
        ),
        ("compute_commitment", "google", "cipher mining"),
    ),
    (
        (
            "The leased capacity will host Core42's GPU clusters, which run on Dell PowerEdge "
            "XE9680L servers."
        ),
        ("uses_chip", "core42", "xe9680l"),
    ),
    (
        (
            "The photonic computing startup Lightmatter has raised $155 million in Series C-2 "
            "financing to build its photonic chips."
        ),
        ("designs_chip", "lightmatter", "c-2"),
    ),
    (
        (
            "Riot Platforms signed a 10-year lease with AMD for 25 megawatts at its Rockdale "
            "site, worth $311 million."
        ),
        ("compute_commitment", "riot platforms", "amd"),
    ),
    (
        (
            "IREN said it had signed a separate five-year AI cloud contract with Nvidia worth "
            "approximately $3.4 billion."
        ),
        ("compute_commitment", "iren", "nvidia"),
    ),
    (
        (
            "Under the MOU, Samsung and AMD will work together on HBM4 supply for the AMD "
            "Instinct MI450 GPU."
        ),
        ("uses_chip", "mou", "instinct mi450"),
    ),
    (
        (
            "Veltrix, an AI chip startup, raised $200 million in a round led by Sequoia Capital, "
            "with participation from Index Ventures and Figma co-founders."
        ),
        ("invests_in", "figma", "veltrix"),
    ),
    (
        (
            "Led by Jane Street, with participation from Spark Capital, Marvell Technology, and "
            "Stripe co-founders, MatX raised $500 million."
        ),
        ("invests_in", "stripe", "matx"),
    ),
    (
        (
            "Humain has led a $900 million funding round for startup Luma AI.\n\nOther investors "
            "that joined the latest funding round, which valued the company at more than $4 "
            "billion, include AMD and Andreessen Horowitz."
        ),
        ("invests_in", "amd", "humain"),
    ),
    (
        (
            "Hyperscalers such as Google, Meta and ByteDance want to rely less on "
            "Nvidia.\n\nBroadcom is playing a growing role, and CEO Hock Tan told investors the "
            "company has three hyperscale customers."
        ),
        ("invests_in", "broadcom", "bytedance"),
    ),
    (
        (
            "Applied Digital builds campuses.\n\nThe company has fully leased the campus's 400MW "
            "capacity under construction to CoreWeave under a long-term agreement."
        ),
        ("compute_commitment", "applied digital", "coreweave"),
    ),
    (
        (
            "Hut 8 signed a 15-year, $9.8 billion lease for a 352-megawatt Texas facility built "
            "to Nvidia's reference architecture."
        ),
        ("compute_commitment", "nvidia", "hut 8"),
    ),
    (
        (
            "It shows that Anthropic can build state-of-the-art models without relying on Nvidia "
            "GPU supply."
        ),
        ("uses_chip", "anthropic", "nvidia gpus"),
    ),
    (
        "SSI is using TPUs primarily over Nvidia's graphics processing units.",
        ("uses_chip", "safe superintelligence", "nvidia gpus"),
    ),
    (
        (
            "Zhipu AI, alongside Moonshot AI, MiniMax, and 01.ai, has historically received "
            "backing from government funds."
        ),
        ("invests_in", "moonshot ai", "zhipu ai"),
    ),
    (
        (
            "Zhipu AI, alongside Moonshot AI, MiniMax, and 01.ai, has historically received "
            "backing from government funds."
        ),
        ("invests_in", "minimax", "zhipu ai"),
    ),
    (
        (
            "In 2018, Walden International, a venture capital firm led by Lip-Bu Tan, invested in "
            "SambaNova during its $56 million Series A funding round."
        ),
        ("invests_in", "lip-bu tan", "sambanova"),
    ),
    (
        (
            "Mistral's CEO said of the partnership with Microsoft: \"Together, we are committed to "
            'driving progress in AI."'
        ),
        ("compute_commitment", "mistral ai", "together ai"),
    ),
    (
        (
            "Horizon Robotics announced a series C financing from SDIC Investment, CICC Capital, "
            "Zhongwei Capital, as well as automotive giants including BYD, Great Wall Motors and "
            "Dongfeng Assets."
        ),
        ("invests_in", "state development and investment corporation", "great wall motors"),
    ),
    (
        "Intel CEO Lip-Bu Tan invested in Veltrix.",
        ("invests_in", "intel", "veltrix"),
    ),
    (
        (
            "We first started writing about hyperscaler ASIC programs and the Google TPU back in "
            "early 2024."
        ),
        ("uses_chip", "asic", "tpu"),
    ),
    (
        (
            "Galaxy has secured $1.4 billion in funding for the Helios data center expansion in "
            "West Texas, which is aimed at enhancing its AI capabilities."
        ),
        ("compute_commitment", "west texas", "galaxy digital"),
    ),
    (
        (
            "Nvidia has provided funding or guarantees to several neocloud firms, including "
            "CoreWeave, Nebius and Lambda."
        ),
        ("invests_in", "coreweave", "nvidia"),
    ),
    (
        (
            "A new financing push is underway to support OpenAI's Stargate project.\n\nThe news "
            "comes after Meta tapped bond titan Pimco and alternative asset giant Blue Owl "
            "Capital to lead a $29 billion financing for a Louisiana data center."
        ),
        ("invests_in", "pimco", "openai"),
    ),
    (
        "Crusoe is building an H100 cluster in Texas.",
        ("designs_chip", "crusoe", "h100"),
    ),
    (
        "OpenAI is developing H100 clusters in Texas.",
        ("designs_chip", "openai", "h100"),
    ),
    (
        (
            "Officials said the H20 chip was used to train powerful AI models developed by "
            "Chinese startup DeepSeek."
        ),
        ("designs_chip", "deepseek", "h20"),
    ),
    (
        (
            "Anthropic's 3.5 GW commitment represents compute that would otherwise have flowed "
            "through Nvidia's H100 ecosystem."
        ),
        ("compute_commitment", "anthropic", "nvidia"),
    ),
    (
        (
            "Anthropic's 3.5 GW commitment represents compute that would otherwise have flowed "
            "through Nvidia's H100 ecosystem."
        ),
        ("uses_chip", "anthropic", "h100"),
    ),
    (
        (
            "Microsoft works with G42 on AI.\n\nMicrosoft now plans to increase its UAE investment "
            "from $7.3 billion to more than $7.9 billion from 2026 to 2029."
        ),
        ("invests_in", "microsoft", "g42"),
    ),
    (
        ("MediaTek secured the exclusive contract for Google's next TPU at a higher price point."),
        ("uses_chip", "mediatek", "tpu"),
    ),
    (
        (
            "AI startup Veltrix AI raised nine-figure sums from investors, following Tenstorrent "
            "and Cerebras."
        ),
        ("invests_in", "tenstorrent", "veltrix ai"),
    ),
    (
        (
            "Zhipu AI has backing from key players in the Chinese tech industry, including "
            "Alibaba and Tencent."
        ),
        ("invests_in", "zhipu ai", "alibaba"),
    ),
    (
        "Microsoft's rival's H100 cluster is in Texas.",
        ("uses_chip", "microsoft", "h100"),
    ),
    (
        (
            "OpenAI's Stargate project needs new data centers.\n\nOther global lenders are "
            "participating as underwriters, including Wells Fargo, BNP Paribas and Goldman Sachs."
        ),
        ("invests_in", "wells fargo", "openai"),
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix is not an Nvidia investor, the "
            "company said."
        ),
        ("invests_in", "veltrix", "nvidia"),
    ),
    (
        ("AI startup Veltrix builds language models.\n\nVeltrix does not use Nvidia's H100 chips."),
        ("uses_chip", "veltrix", "h100"),
    ),
    (
        (
            "AI startup Veltrix builds language models.\n\nVeltrix denied reports that it had "
            "signed a cloud deal with Oracle."
        ),
        ("compute_commitment", "veltrix", "oracle"),
    ),
    (
        "Crusoe is building an H100 cluster in Texas.",
        ("designs_chip", "crusoe", "h100"),
    ),
]


@pytest.mark.parametrize(("sentence", "kind"), NO_FACTS)
def test_a_sentence_that_states_no_such_fact_gives_none(sentence, kind):
    assert not [f for f in facts(sentence) if kind is None or f[0] == kind]


@pytest.mark.parametrize(("sentence", "wrong"), WRONG_FACTS)
def test_a_party_is_not_read_in_the_wrong_role(sentence, wrong):
    assert wrong not in facts(sentence)


def test_numbers_and_measures_are_no_chips():
    found = facts(
        "Amazon is advancing its Trainium chips, with Trainium 3 on TSMC's 3nm process and "
        "Trainium 4 targeting the 2nm node."
    )
    assert not [f for f in found if f[2] == "trainium2"]  # "the 2nm node" names no Trainium 2
    assert not facts("xAI aims for 50 million units of H100 scale computing power.") - {
        ("designs_chip", "nvidia", "h100")
    }
