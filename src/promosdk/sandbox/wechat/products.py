"""Group ``product`` (and ``open_product``): the seeded union product pool.

Everything derives from the config's ``fault_seed`` (the same seed gives the same catalogue):
6 level-1 categories with level-2/3 children, 4 shops, 120 pool products (1-3 SKUs each, prices
in fen, commission ratio in 1/10,000 and value in fen, 20 % with a union coupon), of which 30 are
"selected" (product/select), and 15 custom-component products (open_product/list). Products are
kept in productId order, which is the order every list answers in (``sortType`` is ignored).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import attrs

from ..context import StateContext
from ..errors import AdminError

__all__ = [
    "OPEN_PRODUCT_COUNT",
    "POOL_PRODUCT_COUNT",
    "SELECTED_EVERY",
    "Category",
    "Product",
    "ProductState",
    "Shop",
    "Sku",
]

POOL_PRODUCT_COUNT = 120
OPEN_PRODUCT_COUNT = 15
SELECTED_EVERY = 4
"""Every 4th pool product is "selected" (30 of 120)."""

_TOP_CATEGORIES = ("家纺", "家具", "母婴", "美妆", "食品", "数码")
_SUB_NAMES = ("精选", "日用")
_LEAF_NAMES = ("经典款", "新品")
_TITLES = ("洗衣液", "四件套", "儿童床", "面霜", "坚果礼盒", "蓝牙耳机", "保温杯", "抱枕", "纸尿裤", "口红")


@attrs.frozen
class Category:
    cat_id: str
    name: str
    level: int
    parent_id: str | None

    def to_json(self) -> dict[str, str]:
        return {"catId": self.cat_id, "name": self.name}


@attrs.define(eq=False)
class Shop:
    app_id: str
    name: str
    username: str
    head_img_url: str
    shipping: dict[str, bool]
    """express / sameCity / pickup offered."""
    addresses: list[dict[str, str]]
    """Ship-from regions (provinceName, cityName, countyName); each serves ``shipping``."""

    def to_json(self) -> dict[str, Any]:
        methods = {k: int(v) for k, v in self.shipping.items()}
        return {
            "appId": self.app_id,
            "name": self.name,
            "username": self.username,
            "headImgUrl": self.head_img_url,
            "shippingMethods": methods,
            "addressList": [{"addressInfo": dict(a), "addressType": methods} for a in self.addresses],
        }


@attrs.define(eq=False)
class Sku:
    sku_id: str
    sale_price: int
    """fen"""
    market_price: int
    stock: int


@attrs.define(eq=False)
class Product:
    product_id: str
    title: str
    shop: Shop
    categories: tuple[Category, ...]
    """Level 1 to 3."""
    skus: list[Sku]
    commission_ratio: int
    """1/10,000; 0 when the product pays no commission."""
    coupon: dict[str, Any] | None
    """The wire couponInfo (with a mutable restNum), or None."""
    selected: bool = False
    open_component: bool = False
    """A custom-component product (open_product/list and generate)."""
    sold: int = 0
    orders: int = 0
    in_pool: bool = True
    """False for a targeted plan's product (listed by plan_info, not by product/list)."""

    @property
    def min_price(self) -> int:
        return min((s.sale_price for s in self.skus), default=0)

    @property
    def total_stock(self) -> int:
        return sum(s.stock for s in self.skus)

    @property
    def commission_value(self) -> int:
        """fen, on the lowest price."""
        return self.min_price * self.commission_ratio // 10000

    def sku(self, sku_id: str | None) -> Sku:
        """The SKU asked for, or the first one in stock (AdminError 404/409)."""
        if sku_id is not None:
            for sku in self.skus:
                if sku.sku_id == sku_id:
                    return sku
            raise AdminError(404, f"product {self.product_id} has no SKU {sku_id!r}")
        for sku in self.skus:
            if sku.stock > 0:
                return sku
        raise AdminError(409, f"product {self.product_id} is out of stock")

    def head_img(self) -> str:
        return f"https://sandbox.invalid/img/{self.product_id}.jpg?appid={self.shop.app_id}"

    def to_json(self) -> dict[str, Any]:
        """One item of product/list and product/select."""
        info: dict[str, Any] = {
            "title": self.title,
            "subTitle": f"{self.title} (沙箱)",
            "headImg": [self.head_img()],
            "category": [c.to_json() for c in self.categories],
            "brand": "",
            "brandId": "2100000000",
            "model": "",
            "detail": {"detailImg": [self.head_img()]},
            "param": [],
            "minPrice": self.min_price,
            "expressInfo": {"templateId": str(37000 + int(self.product_id) % 1000)},
            "totalStockNum": self.total_stock,
            "totalSoldNum": self.sold,
            "totalOrderNum": self.orders,
        }
        skus = [
            {
                "skuId": s.sku_id,
                "status": 5,
                "productSkuInfo": {
                    "thumbImg": "",
                    "skuCode": "",
                    "salePrice": s.sale_price,
                    "marketPrice": s.market_price,
                    "stockInfo": {"stockNum": s.stock},
                },
            }
            for s in self.skus
        ]
        item: dict[str, Any] = {
            "productId": self.product_id,
            "product": {"productId": self.product_id, "status": 5, "info": info, "skus": skus},
            "leagueExInfo": {
                "hasCommission": 1 if self.commission_ratio else 0,
                "commissionRatio": self.commission_ratio,
                "commissionValue": self.commission_value,
            },
            "shopInfo": self.shop.to_json(),
        }
        if self.coupon is not None:
            item["couponInfo"] = self.coupon
        return item

    def to_open_json(self) -> dict[str, Any]:
        """One item of open_product/list (stockNum a string, directly in productSkuInfo)."""
        skus = [
            {
                "skuId": s.sku_id,
                "productSkuInfo": {
                    "thumbImg": "",
                    "salePrice": s.sale_price,
                    "marketPrice": s.market_price,
                    "stockNum": str(s.stock),
                },
            }
            for s in self.skus
        ]
        info = {
            "title": self.title,
            "headImg": [self.head_img()],
            "brandId": "2100000000",
            "detail": {},
            "minPrice": self.min_price,
            "totalStockNum": self.total_stock,
            "path": f"pages/productDetail/productDetail?productId={self.product_id}",
        }
        return {
            "shopInfo": self.shop.to_json(),
            "product": {"productId": self.product_id, "info": info, "skus": skus},
        }


class ProductState:
    """The catalogue: categories, shops, pool and custom-component products, by productId."""

    def __init__(self, ctx: StateContext) -> None:
        self._ctx = ctx
        rng = random.Random(f"promosdk-sandbox-catalogue:{ctx.config.fault_seed}")
        self.categories: list[Category] = []
        self.leaves: list[tuple[Category, ...]] = []
        for i, name in enumerate(_TOP_CATEGORIES):
            top = Category(str(1001 + i), name, 1, None)
            self.categories.append(top)
            for j, sub_name in enumerate(_SUB_NAMES):
                sub = Category(f"{1101 + i * 10 + j}", f"{name}{sub_name}", 2, top.cat_id)
                for k, leaf_name in enumerate(_LEAF_NAMES):
                    leaf = Category(f"{2001 + i * 100 + j * 10 + k}", f"{sub.name}{leaf_name}", 3, sub.cat_id)
                    self.leaves.append((top, sub, leaf))
        self.shops = [self._shop(rng, i) for i in range(4)]
        self.products: dict[str, Product] = {}
        now = int(ctx.now())
        for i in range(POOL_PRODUCT_COUNT):
            product = self._product(rng, str(7_000_000 + i * 37), i, now)
            product.selected = i % SELECTED_EVERY == 0
            self.products[product.product_id] = product
        for i in range(OPEN_PRODUCT_COUNT):
            product = self._product(rng, str(411_000_000 + i * 101), i + 3, now)
            product.open_component, product.coupon = True, None
            self.products[product.product_id] = product

    @staticmethod
    def _shop(rng: random.Random, i: int) -> Shop:
        shipping = (
            {"express": True, "sameCity": False, "pickup": False},
            {"express": False, "sameCity": True, "pickup": True},
            {"express": True, "sameCity": True, "pickup": False},
            {"express": True, "sameCity": False, "pickup": True},
        )[i]
        addresses = (
            [{"provinceName": "广东省", "cityName": "深圳市", "countyName": "南山区"}],
            [{"provinceName": "上海市", "cityName": "上海市", "countyName": "徐汇区"}],
            [{"provinceName": "浙江省", "cityName": "杭州市", "countyName": "西湖区"}],
            [
                {"provinceName": "北京市", "cityName": "北京市", "countyName": "朝阳区"},
                {"provinceName": "广东省", "cityName": "广州市", "countyName": "天河区"},
            ],
        )[i]
        return Shop(
            app_id="wx" + "".join(rng.choice("0123456789abcdef") for _ in range(16)),
            name=("猪腩肉小商店", "沅沅小可爱", "沙箱好物", "测试商品精品商城")[i],
            username="gh_" + "".join(rng.choice("0123456789abcdef") for _ in range(12)),
            head_img_url=f"https://sandbox.invalid/shop/{i}.png",
            shipping=shipping,
            addresses=addresses,
        )

    def _product(self, rng: random.Random, product_id: str, i: int, now: int) -> Product:
        skus = []
        for n in range(rng.randint(1, 3)):
            price = rng.randrange(10, 5000) * 10
            stock = rng.choice((0, rng.randrange(1, 500), rng.randrange(500, 20000)))
            skus.append(Sku(f"{product_id}{n + 1:02d}", price, price + rng.randrange(0, 50) * 100, stock))
        if i == 0:
            skus[0].stock = 20000  # a fixture-like SKU of 20,000
        if i == 1:
            for sku in skus:
                sku.stock = 0  # one product out of stock
        ratio = 0 if i % 17 == 5 else rng.randrange(1, 91) * 100
        coupon = None
        if i % 5 == 2:
            coupon = {
                "hasCoupon": 1,
                "couponId": str(90_000_000 + i),
                "couponDetail": {
                    "restNum": rng.randrange(10, 1000),
                    "type": 1,
                    "discountInfo": {"discountFee": 500, "discountCondition": {"productPrice": 2000}},
                    "validInfo": {
                        "validType": 1,
                        "startTime": str(now - 86400),
                        "endTime": str(now + 30 * 86400),
                    },
                    "receiveInfo": {
                        "startTime": str(now - 86400),
                        "endTime": str(now + 30 * 86400),
                        "limitNumOnePerson": 1,
                    },
                },
            }
        top, sub, leaf = self.leaves[rng.randrange(len(self.leaves))]
        return Product(
            product_id=product_id,
            title=f"{_TITLES[i % len(_TITLES)]} {product_id}",
            shop=self.shops[i % len(self.shops)],
            categories=(top, sub, leaf),
            skus=skus,
            commission_ratio=ratio,
            coupon=coupon,
        )

    # ------------------------------------------------------------------ look-ups

    def category_list(self) -> list[dict[str, str]]:
        """product/category: the level-1 categories."""
        return [c.to_json() for c in self.categories]

    def get(self, product_id: object, *, open_component: bool = False) -> Product | None:
        product = self.products.get(product_id) if isinstance(product_id, str) else None
        if product is None and isinstance(product_id, str) and not open_component:
            product = self._adopt_plan_product(product_id)
        if product is None or product.open_component != open_component:
            return None
        return product

    #: Set by SandboxState: a targeted plan's product by id ((plan seed, productListInfo item) or None).
    plan_products: Callable[[str], tuple[Any, dict[str, Any]] | None] | None = None

    def _adopt_plan_product(self, product_id: str) -> Product | None:
        """A targeted plan's product joins the catalogue when first asked for (generate, purchase),
        sold by the plan's shop (extInfo.bizBasicInfo.appid), outside the pool lists."""
        found = self.plan_products(product_id) if self.plan_products is not None else None
        if found is None:
            return None
        seed, item = found
        detail = item.get("productDetailInfo", {})
        prices = {s["skuId"]: s["price"] for s in detail.get("skuList", {}).get("skuInfo", [])}
        stock = int(detail.get("totalStockNum") or 0)
        skus = [Sku(sku_id, price, price, stock // max(len(prices), 1)) for sku_id, price in prices.items()]
        shop = next((s for s in self.shops if s.app_id == seed.shop_appid), None)
        if shop is None:
            shop = attrs.evolve(self.shops[0], app_id=seed.shop_appid, name=seed.shop_nickname)
            self.shops.append(shop)
        product = Product(
            product_id=product_id,
            title=str(detail.get("title", product_id)),
            shop=shop,
            categories=self.leaves[0],
            skus=skus or [Sku(f"{product_id}01", 100, 100, stock)],
            commission_ratio=int(item.get("commissionRatio", 0)),
            coupon=None,
            in_pool=False,
        )
        self.products[product_id] = product
        return product

    def pool(self, *, selected: bool = False, open_component: bool = False) -> list[Product]:
        """The products a list answers from, in productId order."""
        return [
            p
            for p in self.products.values()
            if p.in_pool and p.open_component == open_component and (p.selected or not selected)
        ]

    def record_sale(self, product: Product, sku: Sku, quantity: int) -> None:
        """A purchase: stock, sold and order counters, coupon restNum."""
        if quantity < 1:
            raise AdminError(400, "quantity must be >= 1")
        if sku.stock < quantity:
            raise AdminError(409, f"SKU {sku.sku_id} has {sku.stock} in stock, {quantity} asked")
        sku.stock -= quantity
        product.sold += quantity
        product.orders += 1
        if product.coupon is not None and product.coupon["couponDetail"]["restNum"] > 0:
            product.coupon["couponDetail"]["restNum"] -= 1
